import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Removes "Sealed: true" from the manifests of the given jars (Derby's, in Ordo's class path), rewriting only
 * the jars that had it. With the JDK's AOT class cache a sealed package breaks: its classes taken from the cache
 * define the package with the seal of the folder where the cache was made, and the first class of the package
 * then read from the jar, in the installed folder, fails with "sealing violation: package ... is sealed".
 * Sealing only guards against split packages across jars, which a fixed, packaged class path does not have.
 * Usage: java Unseal.java JAR...   (run by installer/linux/build.sh and installer/windows/build.ps1)
 */
public class Unseal {
    public static void main(String[] args) throws IOException {
        for (String name : args) {
            Path jar = Path.of(name);
            Manifest manifest;
            try (JarFile in = new JarFile(jar.toFile())) {
                manifest = in.getManifest();
                if (manifest == null || !sealed(manifest)) {
                    continue;
                }
                manifest.getMainAttributes().remove(Attributes.Name.SEALED);
                manifest.getEntries().values().forEach(a -> a.remove(Attributes.Name.SEALED));
                Path copy = jar.resolveSibling(jar.getFileName() + ".unsealed");
                try (OutputStream file = Files.newOutputStream(copy);
                     JarOutputStream out = new JarOutputStream(file, manifest)) {
                    for (JarEntry entry : java.util.Collections.list(in.entries())) {
                        if (entry.getName().equalsIgnoreCase(JarFile.MANIFEST_NAME)) {
                            continue;
                        }
                        JarEntry copied = new JarEntry(entry.getName());
                        copied.setTime(entry.getTime());
                        out.putNextEntry(copied);
                        in.getInputStream(entry).transferTo(out);
                        out.closeEntry();
                    }
                }
                Files.move(copy, jar, StandardCopyOption.REPLACE_EXISTING);
            }
            System.out.println("unsealed " + jar.getFileName());
        }
    }

    private static boolean sealed(Manifest manifest) {
        return manifest.getMainAttributes().containsKey(Attributes.Name.SEALED)
                || manifest.getEntries().values().stream().anyMatch(a -> a.containsKey(Attributes.Name.SEALED));
    }
}
