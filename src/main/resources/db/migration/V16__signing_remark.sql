-- 备注 of a signed project (issue 11 item 2): what the member wrote that no other column of 《签约项目台账》 holds,
-- e.g. "预计投产后年产值10亿元" after a news-style signing. NULL for signings recorded before.
ALTER TABLE signing ADD COLUMN remark TEXT;
