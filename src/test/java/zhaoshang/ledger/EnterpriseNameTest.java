package zhaoshang.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnterpriseNameTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "康佳集团, 康佳",
            "康佳集团股份有限公司, 康佳",
            "康佳(集团)股份有限公司, 康佳",
            "深圳欣迪新能源装备技术有限公司, 深圳欣迪新能源装备",
            "内洽特克（天津）国际贸易有限公司, 内洽特克国际贸易",
            "内洽特克(天津)国际贸易有限公司, 内洽特克国际贸易",
            "安徽申焰新能源科技有限责任公司, 安徽申焰新能源",
            "大参林医药集团股份有限公司, 大参林医药",
            "山西高科华烨电子集团, 山西高科华烨电子",
            "浙江利星能实业发展有限公司, 浙江利星能",
            "比亚迪集团深圳弗迪电池有限公司, 比亚迪深圳弗迪电池",
            "沐林森智能科技有限公司, 沐林森智能",
            "鑫荣电子科技有限公司, 鑫荣电子",
            "'  东莞 聚景实业有限公司 ', 东莞聚景",
            "ＭＬＥＤ科技有限公司, mled",
            "上海新材料协会, 上海新材料协会",
            "大运集团, 大运",
    })
    void normalizes(String name, String key) {
        assertThat(EnterpriseName.normalize(name)).isEqualTo(key);
    }

    @Test
    void blankIsEmpty() {
        assertThat(EnterpriseName.normalize(null)).isEmpty();
        assertThat(EnterpriseName.normalize("  ")).isEmpty();
        assertThat(EnterpriseName.sameName("", "")).isFalse();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "康佳集团, 康佳集团股份有限公司",
            "深圳欣迪新能源装备技术有限公司, 深圳欣迪新能源",
            "深圳欣迪新能源, 欣迪新能源装备技术有限公司",
            "山西华耀亿嘉集成电路有限公司, 华耀亿嘉集成电路",
            "比亚迪集团深圳弗迪电池有限公司, 比亚迪深圳弗迪电池有限公司",
            "内洽特克（天津）国际贸易有限公司, 内洽特克国际贸易有限公司",
            "内洽特克（天津）国际贸易有限公司, 内洽特克",
            "沐林森智能科技, 沐林森智能科技有限公司",
            "浙江利星能实业发展有限公司, 浙江利星能实业",
            "东莞晶博光电, 东莞晶博光电科技有限公司",
            "深圳市欣迪新能源, 深圳欣迪新能源装备技术有限公司",
    })
    void sameEnterprise(String a, String b) {
        assertThat(EnterpriseName.sameName(a, b)).isTrue();
        assertThat(EnterpriseName.sameName(b, a)).isTrue();
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource({
            "康佳集团, 康佳达科技",
            "上海新材料协会, 北京新材料协会",
            "深圳欣迪新能源, 东莞晶博光电",
            "比亚迪, 比亚迪深圳弗迪电池",
            "华耀亿嘉集成电路, 华耀科技",
            "山西宇光光电科技有限公司, 山西康新科技产业园建设发展有限公司",
    })
    void differentEnterprises(String a, String b) {
        assertThat(EnterpriseName.sameName(a, b)).isFalse();
        assertThat(EnterpriseName.sameName(b, a)).isFalse();
    }

    @Test
    void projectNames() {
        assertThat(ProjectName.normalize("光电芯片制造中心建设项目")).isEqualTo("光电芯片制造中心");
        assertThat(ProjectName.normalize("21700圆柱动力电池项目")).isEqualTo("21700圆柱动力电池");
        assertThat(ProjectName.sameProject(ProjectName.normalize("光电芯片项目"),
                ProjectName.normalize("光电芯片制造中心建设项目"))).isTrue();
        assertThat(ProjectName.sameProject(ProjectName.normalize("储能项目"),
                ProjectName.normalize("储能设备生产基地"))).isFalse();
    }
}
