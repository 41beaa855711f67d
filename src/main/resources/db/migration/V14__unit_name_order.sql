-- Units listed in pinyin order (大石坝, 观音桥, 华新 …) rather than by character code, which scatters them:
-- neither H2 nor MySQL collates Chinese by pinyin, so the application keeps the name's collation key as plain
-- text beside it (org.jinguo.platform.i18n.Pinyin.key) and the lists sort by it. Existing units get theirs
-- when the application next starts (UnitNameKeys); new and renamed ones as they are saved.
ALTER TABLE org_unit ADD COLUMN name_key VARCHAR(240);
CREATE INDEX ix_org_unit_name_key ON org_unit (name_key, id);
