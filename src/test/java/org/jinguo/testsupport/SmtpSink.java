package org.jinguo.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A test mail server that keeps what it is sent: just enough SMTP (greeting, EHLO, MAIL, RCPT, DATA, QUIT) for Jakarta
 * Mail. Started and stopped by a test; while stopped, sending fails as with a mail server that is down.
 */
public final class SmtpSink implements AutoCloseable {

    public static final int PORT = 2525;

    /** One message received: its recipients and its raw text. */
    public record Received(List<String> to, String data) {
    }

    private final ServerSocket server;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    public SmtpSink() throws IOException {
        server = new ServerSocket(PORT);
        Thread accept = new Thread(this::serve, "smtp-sink");
        accept.setDaemon(true);
        accept.start();
    }

    public List<Received> received() {
        return received;
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                talk(socket);
            } catch (IOException e) {
                // closed, or a client gone: wait for the next
            }
        }
    }

    private void talk(Socket socket) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        PrintWriter out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8);
        out.print("220 sink\r\n");
        out.flush();
        List<String> to = new CopyOnWriteArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            String upper = line.toUpperCase();
            if (upper.startsWith("RCPT")) {
                to.add(line.substring(line.indexOf(':') + 1).replaceAll("[<>\\s]", ""));
                reply(out, "250 ok");
            } else if (upper.startsWith("DATA")) {
                reply(out, "354 go on");
                StringBuilder data = new StringBuilder();
                while ((line = in.readLine()) != null && !line.equals(".")) {
                    data.append(line).append('\n');
                }
                received.add(new Received(List.copyOf(to), data.toString()));
                to.clear();
                reply(out, "250 kept");
            } else if (upper.startsWith("QUIT")) {
                reply(out, "221 bye");
                return;
            } else {
                reply(out, "250 ok");
            }
        }
    }

    private static void reply(PrintWriter out, String text) {
        out.print(text + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
