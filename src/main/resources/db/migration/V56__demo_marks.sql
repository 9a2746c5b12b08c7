-- Demo recruitments and rewards (config/demo/recruitments.yaml, config/demo/rewards.yaml) carry the key of the demo
-- item they were made from, so a start recreates only those that are missing or over, and staff can tell them apart.
ALTER TABLE recruitment ADD COLUMN demo_key VARCHAR(40);
CREATE INDEX recruitment_demo_key ON recruitment (demo_key) WHERE demo_key IS NOT NULL;
ALTER TABLE reward ADD COLUMN demo_key VARCHAR(40);
CREATE INDEX reward_demo_key ON reward (demo_key) WHERE demo_key IS NOT NULL;
