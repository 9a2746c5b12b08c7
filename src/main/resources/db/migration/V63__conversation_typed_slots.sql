-- Forms keep typed slots (org.gridline.conversation.ReportSlots / RegistrationSlots) instead of a string map: the
-- "slots" object of every stored form is rewritten to the new shape, so forms open or kept as drafts at the upgrade
-- go on where they stopped. The new shape names its form in "slots"."form"; a place is one object (shown, lat, lng,
-- address, grid, gridName, building) with numbers for the coordinates. Rows already in the new shape are left alone.
UPDATE conversation c
SET form = jsonb_set(c.form, '{slots}', CASE c.form ->> 'kind'
    WHEN 'REGISTRATION' THEN jsonb_strip_nulls(jsonb_build_object(
        'form', 'REGISTRATION',
        'name', old.s -> 'name',
        'phone', old.s -> 'phone',
        'origin', old.s -> 'origin',
        'arrival', old.s -> 'arrival',
        'stay', CASE WHEN old.s ? 'stay' THEN jsonb_build_object(
            'shown', old.s -> 'stay', 'lat', (old.s ->> 'lat')::float8, 'lng', (old.s ->> 'lng')::float8,
            'address', old.s -> 'address', 'grid', old.s -> 'grid', 'gridName', old.s -> 'gridName',
            'building', old.s -> 'building') END))
    ELSE jsonb_strip_nulls(jsonb_build_object(
        'form', 'REPORT',
        'description', old.s -> 'description',
        'category', old.s -> 'category',
        'location', CASE WHEN old.s ? 'location' THEN jsonb_build_object(
            'shown', old.s -> 'location', 'lat', (old.s ->> 'lat')::float8, 'lng', (old.s ->> 'lng')::float8,
            'address', old.s -> 'address', 'grid', old.s -> 'grid', 'gridName', old.s -> 'gridName',
            'building', old.s -> 'building') END,
        'pin', CASE old.s ->> 'pin' WHEN 'declined' THEN 'DECLINED' WHEN 'not needed' THEN 'NOT_NEEDED' END,
        'phone', old.s -> 'phone',
        'emergency', old.s -> 'emergency',
        'emergencyPhones', old.s -> 'emergencyPhones',
        'duplicateOf', old.s -> 'duplicateOf',
        'duplicateChecked', old.s ? 'duplicateChecked',
        'filed', old.s -> 'filed'))
    END)
FROM (SELECT openid, COALESCE(form -> 'slots', '{}'::jsonb) AS s FROM conversation) old
WHERE old.openid = c.openid AND NOT (old.s ? 'form');
