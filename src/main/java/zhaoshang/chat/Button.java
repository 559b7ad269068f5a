package zhaoshang.chat;

/**
 * A button on a message, and what it means typed: a click sends {@code command} through the same pipeline as a
 * message with that text, and routes without buttons show the command to type instead.
 *
 * @param label   what the button says ("确认")
 * @param command the typed equivalent ("确认 #V-0001")
 */
public record Button(String label, String command) {

    public Button {
        if (label == null || label.isBlank()) throw new IllegalArgumentException("button label");
        if (command == null || command.isBlank()) throw new IllegalArgumentException("button command");
    }
}
