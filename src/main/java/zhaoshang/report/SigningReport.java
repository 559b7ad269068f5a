package zhaoshang.report;

import java.time.LocalDate;

/** 《签约项目台账》 row. Required: project, enterprise, amount. */
public record SigningReport(
        String project,            // 项目名称
        String enterprise,         // 企业名称
        LocalDate date,            // 签约日期 (defaults to today)
        Long amountYuan,           // 投资额, integer 元
        String industry,           // 产业方向
        String area,               // 落地区域
        String progress,           // 项目进度: 签约 / 注册 / 开工 / 投产 (defaults to 签约)
        String issues,             // 存在问题/需要解决的问题
        String owner,              // 责任人 (null → the sender)
        String remark              // 备注: what the member wrote that no other field holds
) implements Report {
    /** A signing with nothing in 备注. */
    public SigningReport(String project, String enterprise, LocalDate date, Long amountYuan, String industry,
                         String area, String progress, String issues, String owner) {
        this(project, enterprise, date, amountYuan, industry, area, progress, issues, owner, null);
    }

    public ReportKind kind() { return ReportKind.SIGNING; }
}
