package zhaoshang.chat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * Something the bot says into a conversation, built once as structured content and rendered by each route
 * (chat.render) in the syntax its client shows. A command never writes a platform's markup.
 *
 * <ul>
 *   <li>{@link Type#TEXT}: a message — {@code title} (notification/preview text; may be null), body {@code blocks},
 *       people to notify ({@code mentions}), {@code buttons} with their typed equivalents;</li>
 *   <li>{@link Type#FILE} / {@link Type#IMAGE}: an attachment — {@code fileName} and {@code content}.</li>
 * </ul>
 */
public record Reply(Type type, String title, List<Block> blocks, List<Mention> mentions, List<Button> buttons,
                    String fileName, byte[] content) {

    public enum Type { TEXT, FILE, IMAGE }

    public Reply {
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        buttons = buttons == null ? List.of() : List.copyOf(buttons);
    }

    /** Plain lines, split at line breaks (no markup is read). Kept for code that still builds texts. */
    public static Reply text(String text) {
        return message(null).lines(text).build();
    }

    /**
     * A message from the markdown the first version wrote by hand ({@code ###} headings, {@code -} lists,
     * {@code **bold**}). Prefer {@link #message(String)}: this reads the markup back into blocks.
     */
    public static Reply markdown(String title, String markdown) {
        return new Reply(Type.TEXT, title, LegacyMarkdown.blocks(markdown), List.of(), List.of(), null, null);
    }

    public static Reply file(String fileName, byte[] content) {
        return new Reply(Type.FILE, null, List.of(), List.of(), List.of(), fileName, content);
    }

    public static Reply image(String fileName, byte[] png) {
        return new Reply(Type.IMAGE, null, List.of(), List.of(), List.of(), fileName, png);
    }

    /** Starts a message; {@code title} is what a notification or conversation list shows (null: the first line). */
    public static Builder message(String title) {
        return new Builder(title);
    }

    public Reply mentioning(Collection<Mention> people) {
        return new Reply(type, title, blocks, List.copyOf(people), buttons, fileName, content);
    }

    public Reply withButtons(Collection<Button> more) {
        List<Button> all = new ArrayList<>(buttons);
        all.addAll(more);
        return new Reply(type, title, blocks, mentions, all, fileName, content);
    }

    /** The message as plain lines (mentions by name, buttons by their typed commands); the file name for files. */
    public String text() {
        return type == Type.TEXT ? PlainText.of(this) : fileName == null ? "" : fileName;
    }

    /** True when the body is only text to copy (a template): routes send it as plain text. */
    public boolean copyableOnly() {
        return type == Type.TEXT && !blocks.isEmpty() && blocks.stream().allMatch(b -> b instanceof Block.Copyable);
    }

    /** Builds a {@link Type#TEXT} reply block by block. */
    public static final class Builder {
        private String title;
        private final List<Block> blocks = new ArrayList<>();
        private final List<Mention> mentions = new ArrayList<>();
        private final List<Button> buttons = new ArrayList<>();

        private Builder(String title) {
            this.title = title;
        }

        /** Sets the title (what a notification or conversation list shows). */
        public Builder title(String text) {
            this.title = text;
            return this;
        }

        public Builder heading(String text) {
            blocks.add(new Block.Heading(text));
            return this;
        }

        /** One line from strings (plain) and {@link Span}s. */
        public Builder line(Object... parts) {
            blocks.add(new Block.Line(Span.of(parts)));
            return this;
        }

        /** One line per line of {@code text} (blank lines become vertical space). */
        public Builder lines(String text) {
            if (text == null) return this;
            for (String l : text.split("\n", -1)) {
                if (l.isBlank()) blocks.add(new Block.Blank());
                else blocks.add(new Block.Line(List.of(Span.plain(l))));
            }
            return this;
        }

        public Builder item(Object... parts) {
            blocks.add(new Block.Item(0, Span.of(parts)));
            return this;
        }

        public Builder numbered(int number, Object... parts) {
            blocks.add(new Block.Item(number, Span.of(parts)));
            return this;
        }

        public Builder field(String label, Object... value) {
            blocks.add(new Block.Field(label, Span.of(value)));
            return this;
        }

        public Builder copyable(String text) {
            blocks.add(new Block.Copyable(text));
            return this;
        }

        public Builder blank() {
            if (!blocks.isEmpty() && !(blocks.get(blocks.size() - 1) instanceof Block.Blank)) {
                blocks.add(new Block.Blank());
            }
            return this;
        }

        /** Blocks kept together in one message (e.g. one record). */
        public Builder group(Consumer<Builder> content) {
            Builder inner = new Builder(null);
            content.accept(inner);
            blocks.add(new Block.Group(inner.blocks));
            return this;
        }

        public Builder block(Block b) {
            blocks.add(b);
            return this;
        }

        public Builder blocks(java.util.Collection<Block> bs) {
            blocks.addAll(bs);
            return this;
        }

        public Builder mention(Mention m) {
            mentions.add(m);
            return this;
        }

        public Builder mentions(Collection<Mention> ms) {
            mentions.addAll(ms);
            return this;
        }

        public Builder button(String label, String command) {
            buttons.add(new Button(label, command));
            return this;
        }

        public boolean isEmpty() {
            return blocks.isEmpty();
        }

        public Reply build() {
            List<Block> body = new ArrayList<>(blocks);
            while (!body.isEmpty() && body.get(body.size() - 1) instanceof Block.Blank) body.remove(body.size() - 1);
            return new Reply(Type.TEXT, title, body, mentions, buttons, null, null);
        }
    }
}
