package zhaoshang.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.support.TestBot;

/** bot-config validation: every problem names the file, the entry and what is wrong. */
class ConfigLoaderTest {

    @TempDir
    Path dir;

    @BeforeEach
    void copySample() {
        TestBot.copyConfig(dir);
    }

    private BotConfig load() {
        return load(Map.of());
    }

    private BotConfig load(Map<String, String> env) {
        return new ConfigLoader(dir, env::get).load();
    }

    private void replace(String file, String from, String to) throws IOException {
        Path p = dir.resolve(file);
        String s = Files.readString(p);
        assertThat(s).contains(from);
        Files.writeString(p, s.replace(from, to));
    }

    @Test
    void sampleConfigMirrorsTheWorkPlan() {
        BotConfig c = load();
        assertThat(c.teams()).extracting(Team::name).containsExactly("第一工作组", "第二工作组", "第三工作组", "第四工作组");
        assertThat(c.team("team3").orElseThrow().region()).isEqualTo("粤港澳大湾区");
        assertThat(c.conversationsOf(null)).extracting(Conversation::name).containsExactly("投资促进部协调群");
        assertThat(c.targets().get("visits").orElseThrow().amount()).isEqualTo(15);
        assertThat(c.targets().get("inspections").orElseThrow().period()).isEqualTo("quarter");
        assertThat(c.targets().landedThresholdYuan()).isEqualTo(100_000_000L);
        assertThat(c.memberByPlatformId("dingtalk", "ding-0101").orElseThrow().role()).isEqualTo(Role.LEADER);
        assertThat(c.memberByPlatformId("local", "m-tang").orElseThrow().teamId()).isEqualTo("team1");
        assertThat(c.admins()).extracting(Member::name).containsExactly("投促部小周");
        assertThat(c.schedules().time("dailyVisitCheck", null)).hasToString("19:00");
        assertThat(c.holidays().years()).contains(2025, 2026);
        assertThat(c.holidays().isMakeUpWorkday(java.time.LocalDate.of(2026, 10, 10))).isTrue();
    }

    @Test
    void letterheadComesFromDocumentsYamlOrDefaults() throws IOException {
        Letterhead l = load().letterhead();
        assertThat(l.office()).isEqualTo("长治高新区投资促进部");
        assertThat(l.unit("第一工作组")).isEqualTo("长治高新区、潞州区联合招商第一工作组");
        assertThat(l.unit(null)).as("all teams: the office collects them").isEqualTo("长治高新区投资促进部");
        assertThat(l.documentNumber(2026)).isEqualTo("长高投促〔2026〕　号");
        assertThat(l.contact()).as("left blank in the sample").isNull();
        replace("documents.yaml", "office: 长治高新区投资促进部", "office: 某开发区招商局");
        assertThat(load().letterhead().office()).isEqualTo("某开发区招商局");
        Files.delete(dir.resolve("documents.yaml"));
        assertThat(load().letterhead()).isEqualTo(Letterhead.DEFAULT);
    }

    @Test
    void badHolidayFileStopsStartupNamingIt() throws IOException {
        replace("holidays/2026.yaml", "2026-10-10", "2026-10-40");
        assertThatThrownBy(this::load).isInstanceOf(ConfigException.class)
                .hasMessageContaining("2026.yaml").hasMessageContaining("2026-10-40");
    }

    @Test
    void unknownTeamNamesFileAndEntry() throws IOException {
        replace("members.yaml", "{id: m-qian,   name: 钱思远, team: team1", "{id: m-qian,   name: 钱思远, team: team9");
        assertThatThrownBy(this::load)
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("members.yaml")
                .hasMessageContaining("m-qian")
                .hasMessageContaining("team9")
                .hasMessageContaining("不存在");
    }

    @Test
    void duplicateMemberIdIsRefused() throws IOException {
        replace("members.yaml", "{id: m-qian,", "{id: m-he,");
        assertThatThrownBy(this::load).isInstanceOf(ConfigException.class)
                .hasMessageContaining("members.yaml").hasMessageContaining("\"m-he\"").hasMessageContaining("重复");
    }

    @Test
    void duplicatePlatformIdIsRefused() throws IOException {
        replace("members.yaml", "dingtalk: \"ding-0102\"", "dingtalk: \"ding-0101\"");
        assertThatThrownBy(this::load).isInstanceOf(ConfigException.class)
                .hasMessageContaining("members.yaml").hasMessageContaining("m-he").hasMessageContaining("ding-0101")
                .hasMessageContaining("m-lin");
    }

    @Test
    void badTimeIsRefused() throws IOException {
        replace("schedules.yaml", "dailyVisitCheck:    {time: \"19:00\"}", "dailyVisitCheck:    {time: \"25:61\"}");
        assertThatThrownBy(this::load).isInstanceOf(ConfigException.class)
                .hasMessageContaining("schedules.yaml").hasMessageContaining("dailyVisitCheck")
                .hasMessageContaining("25:61").hasMessageContaining("HH:mm");
    }

    @Test
    void unknownRoleIsRefused() throws IOException {
        replace("members.yaml", "name: 唐一鸣, team: team1, role: 组员", "name: 唐一鸣, team: team1, role: 队长");
        assertThatThrownBy(this::load).isInstanceOf(ConfigException.class)
                .hasMessageContaining("m-tang").hasMessageContaining("队长").hasMessageContaining("组员、组长、投资促进部、领导");
    }

    @Test
    void conversationOfUnknownTeamIsRefused() throws IOException {
        replace("conversations.yaml", "name: 第二工作组群, team: team2", "name: 第二工作组群, team: team7");
        assertThatThrownBy(this::load).isInstanceOf(ConfigException.class)
                .hasMessageContaining("conversations.yaml").hasMessageContaining("local-team2").hasMessageContaining("team7");
    }

    @Test
    void targetAmountMustBeAWholeNumber() throws IOException {
        replace("targets.yaml", "amount: 15,", "amount: 十五,");
        assertThatThrownBy(this::load).isInstanceOf(ConfigException.class)
                .hasMessageContaining("targets.yaml").hasMessageContaining("visits").hasMessageContaining("amount");
    }

    @Test
    void memberWithoutTeamMustBePromotionOrLeadership() throws IOException {
        replace("members.yaml", "{id: m-bai,    name: 白景行, team: team4, role: 组员}", "{id: m-bai,    name: 白景行, role: 组员}");
        assertThatThrownBy(this::load).isInstanceOf(ConfigException.class)
                .hasMessageContaining("m-bai").hasMessageContaining("team");
    }

    @Test
    void secretsComeFromTheEnvironment() throws IOException {
        replace("conversations.yaml", "{id: local-team4, platform: local, name: 第四工作组群, team: team4}",
                "{id: ding-team4, platform: dingtalk, name: 第四工作组群, team: team4, settings: {webhook: \"${HOOK4}\"}}");
        assertThatThrownBy(this::load).isInstanceOf(ConfigException.class)
                .hasMessageContaining("HOOK4").hasMessageContaining(".env");
        BotConfig c = load(Map.of("HOOK4", "https://example.invalid/robot/send?access_token=abc"));
        assertThat(c.conversation("dingtalk", "ding-team4").orElseThrow().settings().get("webhook"))
                .endsWith("access_token=abc");
    }

    @Test
    void malformedYamlNamesTheFile() throws IOException {
        Files.writeString(dir.resolve("teams.yaml"), "teams: [ {id: team1, name: 第一工作组\n");
        assertThatThrownBy(this::load).isInstanceOf(ConfigException.class)
                .hasMessageContaining("teams.yaml").hasMessageContaining("YAML");
    }

    @Test
    void missingFileIsNamed() throws IOException {
        Files.delete(dir.resolve("targets.yaml"));
        assertThatThrownBy(this::load).isInstanceOf(ConfigException.class)
                .hasMessageContaining("targets.yaml").hasMessageContaining("不存在");
    }

    @Test
    void settingsHaveDefaultsAndRefuseNonsense() {
        Settings s = Settings.from(Map.<String, String>of()::get);
        assertThat(s.port()).isEqualTo(8080);
        assertThat(s.dbUrl()).isEqualTo("jdbc:sqlite:data/zhaoshang.db");
        assertThat(s.zone().getId()).isEqualTo("Asia/Shanghai");
        assertThat(s.localChat()).isEqualTo(Settings.LocalChat.LOOPBACK);
        assertThat(Settings.from(Map.of("DINGTALK_APP_SECRET", "x")::get).localChat()).isEqualTo(Settings.LocalChat.OFF);
        assertThatThrownBy(() -> Settings.from(Map.of("BOT_PORT", "http")::get)).hasMessageContaining("BOT_PORT");
        assertThatThrownBy(() -> Settings.from(Map.of("BOT_TIMEZONE", "Mars/Base")::get)).hasMessageContaining("BOT_TIMEZONE");
        assertThatThrownBy(() -> Settings.from(Map.of("BOT_LOCAL_CHAT", "maybe")::get)).hasMessageContaining("BOT_LOCAL_CHAT");
    }
}
