package com.cosell.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's nginx running {@code deploy/nginx.conf} unprivileged: its own prefix, temp folders, pid
 * file and log under a throw-away folder, on free local ports, in the foreground as a managed
 * process. Only addresses and those paths differ from what docker-compose runs.
 */
final class Nginx {

    static final List<Path> BINARIES = List.of(Path.of("/usr/sbin/nginx"), Path.of("/usr/bin/nginx"));

    private Nginx() {}

    /**
     * @param upstreams the compose file's {@code host:port} of each app → the local {@code 127.0.0.1:port}
     * @param listens   the config's listening port → the local port to listen on instead
     */
    static ManagedProcess start(Path repo, Path dir, Map<String, String> upstreams, Map<Integer, Integer> listens)
            throws IOException {
        Path binary = binary();
        String conf = render(Files.readString(repo.resolve("deploy/nginx.conf")), dir, upstreams, listens);
        Files.createDirectories(dir.resolve("temp"));
        Path file = dir.resolve("nginx.conf");
        Files.writeString(file, conf);
        // As root (CI containers) workers would switch to "nobody" and could not write our temp folders.
        String user = "root".equals(System.getProperty("user.name")) ? " user root;" : "";
        return ManagedProcess.start(
                "nginx",
                List.of(
                        binary.toString(),
                        "-p",
                        dir.toString(),
                        "-c",
                        file.toString(),
                        "-e",
                        "stderr", // into the managed log, which a failure prints
                        "-g",
                        "daemon off; pid " + dir.resolve("nginx.pid") + ";" + user),
                Map.of(),
                dir.resolve("logs"));
    }

    /** Debian's nginx; without it the scale-out tests fail (never skip) and say how to install it. */
    static Path binary() {
        return BINARIES.stream()
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "The scale-out tests need a real reverse proxy: Debian's nginx is not "
                                + "installed (apt-get install -y nginx; .ci/run installs it)."));
    }

    static String render(String conf, Path dir, Map<String, String> upstreams, Map<Integer, Integer> listens) {
        String out = conf.replace("worker_processes auto;", "worker_processes 1;")
                .replace("worker_connections 4096;", "worker_connections 1024;");
        for (var u : upstreams.entrySet()) {
            out = requireReplace(out, "server " + u.getKey() + " ", "server " + u.getValue() + " ");
            out = out.replace("server " + u.getKey() + ";", "server " + u.getValue() + ";");
        }
        for (var l : listens.entrySet()) {
            out = requireReplace(out, "listen " + l.getKey() + ";", "listen 127.0.0.1:" + l.getValue() + ";");
        }
        Path temp = dir.resolve("temp");
        String paths = "\n    client_body_temp_path " + temp.resolve("body") + ";\n    proxy_temp_path "
                + temp.resolve("proxy")
                + ";\n    fastcgi_temp_path " + temp.resolve("fastcgi") + ";\n    uwsgi_temp_path "
                + temp.resolve("uwsgi")
                + ";\n    scgi_temp_path " + temp.resolve("scgi") + ";\n";
        return requireReplace(out, "http {\n", "http {\n" + paths);
    }

    private static String requireReplace(String text, String what, String with) {
        if (!text.contains(what)) {
            throw new IllegalStateException("deploy/nginx.conf no longer contains '" + what.strip() + "'");
        }
        return text.replace(what, with);
    }
}
