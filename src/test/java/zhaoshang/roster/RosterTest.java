package zhaoshang.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.config.BotConfig;
import zhaoshang.config.ConfigLoader;
import zhaoshang.config.Member;
import zhaoshang.config.Role;
import zhaoshang.store.Database;
import zhaoshang.support.TestDatabase;

/** The roster over the sample bot-config and a real database: changes layered over the seed, undone with their unit. */
class RosterTest {

    @TempDir
    Path dir;
    Database database;
    BotConfig seed;
    Roster roster;
    Member admin;

    @BeforeEach
    void open() {
        database = Database.open(TestDatabase.url(dir, "r.db"));
        seed = new ConfigLoader(Path.of("bot-config"), k -> "x").load();
        roster = new Roster(database, seed, Clock.fixed(Instant.parse("2026-11-20T02:00:00Z"), ZoneOffset.UTC));
        admin = seed.member("m-admin").orElseThrow();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void changesSurviveARestartAndWinOverTheSeed() {
        Member added = roster.add(admin, new Roster.Person("dingtalk", "ding-0301", "赵一"), "team3", Role.MEMBER, null);
        assertThat(added.id()).isEqualTo("m-dingtalk-ding-0301");
        roster.move(admin, seed.member("m-bai").orElseThrow(), "team1", null);
        roster.remove(admin, seed.member("m-tang").orElseThrow(), null);

        Roster again = new Roster(database, seed, Clock.systemUTC());
        BotConfig c = again.current();
        assertThat(c.memberByPlatformId("dingtalk", "ding-0301").map(Member::teamId)).contains("team3");
        assertThat(c.member("m-bai").map(Member::teamId)).contains("team1");
        assertThat(c.membersOf("team1").stream().map(Member::id)).doesNotContain("m-tang");
        assertThat(c.member("m-tang").map(Member::name)).as("a former member keeps their name").contains("唐一鸣");
        assertThat(c.memberByPlatformId("local", "m-tang")).isEmpty();
        assertThat(again.history(null, 10)).hasSize(3);
        assertThat(again.history("team4", 10)).singleElement()
                .satisfies(h -> assertThat(h.oldValue() + " → " + h.newValue()).isEqualTo("第四工作组 组员 → 第一工作组 组员"));
    }

    @Test
    void aChangeUndoneWithItsUnitLeavesTheSnapshotAsCommitted() {
        assertThatThrownBy(() -> database.unit(() -> {
            roster.add(admin, new Roster.Person("local", "u-x", "某人"), "team2", Role.MEMBER, null);
            assertThat(roster.current().memberByPlatformId("local", "u-x")).isPresent();
            throw new IllegalStateException("the message failed after the change");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(roster.current().memberByPlatformId("local", "u-x")).isEmpty();
        assertThat(roster.history(null, 10)).isEmpty();
    }

    @Test
    void aReseedOnAnotherThreadDuringAChangeDoesNotHideItOnceCommitted() throws Exception {
        database.unit(() -> {
            roster.add(admin, new Roster.Person("local", "u-w", "某丁"), "team2", Role.MEMBER, null);
            // bot-config edited meanwhile: the watcher's thread cannot see this unit's writes yet
            Thread watcher = new Thread(() -> roster.reseed(seed));
            watcher.start();
            try {
                watcher.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            assertThat(roster.current().memberByPlatformId("local", "u-w")).isEmpty();
            return null;
        });
        assertThat(roster.current().memberByPlatformId("local", "u-w")).isPresent();
    }

    @Test
    void aRequestIsDecidedOnce() {
        JoinRequest r = roster.requestJoin(new Roster.Person("local", "u-y", "某乙"), "local-team2", "team2", 1);
        assertThat(roster.approve(admin, r, null)).isPresent();
        assertThat(roster.approve(admin, r, null)).isEmpty();
        assertThat(roster.reject(admin, r, null)).isFalse();
        assertThat(roster.current().membersOf("team2").stream().map(Member::name)).contains("某乙");
    }

    @Test
    void someoneAddedAgainGetsTheirOldIdBack() {
        Member first = roster.add(admin, new Roster.Person("local", "u-z", "某丙"), "team2", Role.MEMBER, null);
        roster.remove(admin, first, null);
        Member again = roster.add(admin, new Roster.Person("local", "u-z", "某丙"), "team4", Role.MEMBER, null);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.teamId()).isEqualTo("team4");
    }
}
