package zhaoshang.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import zhaoshang.config.BotConfig;

/** The live view answers every question of BotConfig from the current snapshot: none falls through to the seed. */
class LiveConfigTest {

    @Test
    void everyPublicMethodOfBotConfigIsOverridden() {
        List<String> missing = new ArrayList<>();
        for (Method m : BotConfig.class.getDeclaredMethods()) {
            if (!Modifier.isPublic(m.getModifiers()) || Modifier.isStatic(m.getModifiers())) continue;
            try {
                Method o = LiveConfig.class.getDeclaredMethod(m.getName(), m.getParameterTypes());
                if (o.getDeclaringClass() != LiveConfig.class) missing.add(m.toString());
            } catch (NoSuchMethodException e) {
                missing.add(m.toString());
            }
        }
        assertThat(missing).as("BotConfig methods LiveConfig does not delegate to the current snapshot").isEmpty();
    }
}
