-- The city model (org.gridline.grid): street (街道) → community (社区) → grid (网格) → buildings (楼栋);
-- members of grids with their roles, departments (部门).
CREATE TABLE street (
    code VARCHAR(32)  PRIMARY KEY,
    name VARCHAR(100) NOT NULL
);

CREATE TABLE community (
    code        VARCHAR(32)  PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    street_code VARCHAR(32)  NOT NULL REFERENCES street (code)
);
CREATE INDEX community_street ON community (street_code);

-- boundary: a GeoJSON Polygon geometry {"type": "Polygon", "coordinates": [[[lng, lat], …]]} with one closed ring,
-- validated by org.gridline.grid.Polygon before it is stored.
CREATE TABLE grid (
    code           VARCHAR(32)  PRIMARY KEY,
    name           VARCHAR(100) NOT NULL,
    community_code VARCHAR(32)  NOT NULL REFERENCES community (code),
    boundary       JSONB        NOT NULL
);
CREATE INDEX grid_community ON grid (community_code);

-- A building is named estate + number + 栋 (幸福小区3栋); units and dwellings (以屋管人) are optional.
CREATE TABLE building (
    id        BIGSERIAL    PRIMARY KEY,
    grid_code VARCHAR(32)  NOT NULL REFERENCES grid (code),
    name      VARCHAR(100) NOT NULL,
    estate    VARCHAR(100) NOT NULL,
    aliases   TEXT[]       NOT NULL DEFAULT '{}',
    units     INT          CHECK (units IS NULL OR units > 0),
    dwellings TEXT[]       NOT NULL DEFAULT '{}',
    CONSTRAINT building_name_unique UNIQUE (name)
);
CREATE INDEX building_grid ON building (grid_code);

CREATE TABLE grid_member (
    id        BIGSERIAL    PRIMARY KEY,
    grid_code VARCHAR(32)  NOT NULL REFERENCES grid (code),
    openid    VARCHAR(128) NOT NULL,
    name      VARCHAR(50)  NOT NULL,
    phone     VARCHAR(20)  NOT NULL,
    role      VARCHAR(16)  NOT NULL CHECK (role IN ('LEADER', 'WORKER', 'VOLUNTEER')),
    CONSTRAINT grid_member_once UNIQUE (grid_code, openid)
);
-- Exactly one leader per grid: the database refuses a second one whatever the code does.
CREATE UNIQUE INDEX grid_member_one_leader ON grid_member (grid_code) WHERE role = 'LEADER';
CREATE INDEX grid_member_openid ON grid_member (openid);

CREATE TABLE department (
    code            VARCHAR(32)  PRIMARY KEY,
    name            VARCHAR(100) NOT NULL,
    contact_openids TEXT[]       NOT NULL DEFAULT '{}'
);
