import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Test helper run as its own process (ProcessRegistryTest): holds a lock on the file named until it is killed. */
public class HoldLock {
    public static void main(String[] args) throws Exception {
        FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.WRITE);
        channel.lock();
        System.out.println("locked");
        Thread.sleep(120_000);
    }
}
