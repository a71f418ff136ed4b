package io.interviewcoach.models;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A model could not be fetched or installed. The message is one line meant for the person at the
 * terminal: what failed, why, and what to do about it. Nothing is installed when this is thrown.
 */
public class ModelInstallException extends RuntimeException {
    public ModelInstallException(String message) {
        super(message);
    }

    public ModelInstallException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The models folder cannot be created or written: full disk, no permission, read-only file system. */
    public static ModelInstallException cannotWrite(Path dir, IOException e) {
        return new ModelInstallException("Cannot write to the models folder " + dir + " (" + reason(e)
                + "); free some space or choose another folder with --dir DIR", e);
    }

    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder: " + e.getMessage();
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
