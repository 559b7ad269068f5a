package zhaoshang.config;

import java.util.Objects;

/**
 * Who the printed papers come from and go to (bot-config/documents.yaml, optional): the ledgers' 填报单位 and
 * 报送单位 lines, the 调度会 and 通报 papers' issuing office and 文号, the 考察邀请函's sender.
 *
 * @param office         投资促进部 as it signs papers, e.g. 长治高新区投资促进部
 * @param unitPrefix     put before a team's name to make its 填报单位, e.g. 长治高新区、潞州区联合招商 + 第一工作组
 * @param documentNumber the 文号 with {year} for the year and the number left blank for the office to fill in,
 *                       e.g. 长高投促〔{year}〕　号
 * @param host           who invites enterprises to inspect (the 考察邀请函's signature), e.g. 长治高新区管委会
 * @param contact        the contact line of an invitation (name and phone), or null for a blank to fill in
 */
public record Letterhead(String office, String unitPrefix, String documentNumber, String host, String contact) {

    public static final Letterhead DEFAULT = new Letterhead("长治高新区投资促进部", "长治高新区、潞州区联合招商",
            "长高投促〔{year}〕　号", "长治高新区管委会", null);

    public Letterhead {
        Objects.requireNonNull(office, "office");
        unitPrefix = unitPrefix == null ? "" : unitPrefix;
        documentNumber = documentNumber == null ? "〔{year}〕　号" : documentNumber;
        host = host == null ? office : host;
    }

    /** 填报单位 of a team (长治高新区、潞州区联合招商第一工作组), or of all teams (the office, which collects them). */
    public String unit(String teamName) {
        return teamName == null ? office : unitPrefix + teamName;
    }

    /** The 文号 of a paper of that year, its number left blank. */
    public String documentNumber(int year) {
        return documentNumber.replace("{year}", String.valueOf(year));
    }
}
