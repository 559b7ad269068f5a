package zhaoshang.chat;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One piece of a message's body. A route renders each kind natively (a heading, a list item, a "label：value" row)
 * or as plain text when it has no such syntax. Texts are split between blocks, never inside one: a {@link Group}
 * (e.g. one recorded report) always stays in one message unless it alone is larger than the route allows.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "k")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Block.Heading.class, name = "heading"),
        @JsonSubTypes.Type(value = Block.Line.class, name = "line"),
        @JsonSubTypes.Type(value = Block.Item.class, name = "item"),
        @JsonSubTypes.Type(value = Block.Field.class, name = "field"),
        @JsonSubTypes.Type(value = Block.Copyable.class, name = "copyable"),
        @JsonSubTypes.Type(value = Block.Blank.class, name = "blank"),
        @JsonSubTypes.Type(value = Block.Group.class, name = "group")})
public sealed interface Block {

    /** A short heading line. */
    record Heading(String text) implements Block {
        public Heading {
            text = text == null ? "" : text;
        }
    }

    /** One line of text. */
    record Line(List<Span> spans) implements Block {
        public Line {
            spans = spans == null ? List.of() : List.copyOf(spans);
        }
    }

    /** A list item: {@code number} 0 for a bullet, else its number in an ordered list. */
    record Item(int number, List<Span> spans) implements Block {
        public Item {
            spans = spans == null ? List.of() : List.copyOf(spans);
        }
    }

    /** A key/value row, shown "label：value". */
    record Field(String label, List<Span> value) implements Block {
        public Field {
            label = label == null ? "" : label;
            value = value == null ? List.of() : List.copyOf(value);
        }
    }

    /** Text to be copied and sent back as it is (a fill-in template): shown verbatim, never as markup. */
    record Copyable(String text) implements Block {
        public Copyable {
            text = text == null ? "" : text;
        }
    }

    /** Vertical space between sections. */
    record Blank() implements Block { }

    /** Blocks that belong together and are never split across messages. */
    record Group(List<Block> blocks) implements Block {
        public Group {
            blocks = blocks == null ? List.of() : List.copyOf(blocks);
        }
    }
}
