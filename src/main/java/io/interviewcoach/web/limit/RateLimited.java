package io.interviewcoach.web.limit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A REST method limited by {@link RateLimitFilter}: per client address and, when the request carries one, per bearer
 * token. Over the limit it answers 429 with Retry-After before the method (and before an upload's body is used).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RateLimited {
    LimitKind value();
}
