package zhaoshang.chat.render;

import zhaoshang.chat.Reply;

/** The simulator's own view: every block as it was built, mentions by name, buttons as buttons. */
final class SimulatorRenderer extends MessageRenderer {

    SimulatorRenderer() {
        super(Route.SIMULATOR);
    }

    @Override
    Dialect dialect(Reply reply) {
        return reply.copyableOnly() ? Dialect.TEXT : Dialect.SIMULATOR;
    }

    @Override
    Mentions mentions(Reply reply) {
        return Mentions.NAMES_AND_FIELD;
    }

    @Override
    Buttons buttons(Reply reply, RenderContext ctx) {
        return Buttons.NATIVE;
    }
}
