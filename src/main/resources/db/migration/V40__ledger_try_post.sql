-- ledger_post for a caller that is inside a transaction of its own (a chat message being processed, a redemption
-- order being created): a posting refused because a volunteer balance would go below zero returns no row instead of
-- failing the statement, because a failed statement ends the caller's whole transaction. The EXCEPTION block runs
-- ledger_post in a subtransaction, so the refused posting leaves nothing behind; every other error is raised as is.
CREATE FUNCTION ledger_try_post(p_key VARCHAR, p_from_type VARCHAR, p_from_owner VARCHAR, p_to_type VARCHAR,
                                p_to_owner VARCHAR, p_amount BIGINT, p_kind VARCHAR, p_reference VARCHAR,
                                p_reason VARCHAR, p_reversed BIGINT, p_at TIMESTAMPTZ)
    RETURNS TABLE (r_created BOOLEAN, r_id BIGINT, r_key VARCHAR, r_from_type VARCHAR, r_from_owner VARCHAR,
                   r_to_type VARCHAR, r_to_owner VARCHAR, r_amount BIGINT, r_kind VARCHAR, r_reference VARCHAR,
                   r_reason VARCHAR, r_created_at TIMESTAMPTZ, r_reversed BIGINT)
    LANGUAGE plpgsql AS $$
DECLARE
    v_constraint TEXT;
BEGIN
    RETURN QUERY SELECT * FROM ledger_post(p_key, p_from_type, p_from_owner, p_to_type, p_to_owner, p_amount, p_kind,
                                           p_reference, p_reason, p_reversed, p_at);
EXCEPTION WHEN check_violation THEN
    GET STACKED DIAGNOSTICS v_constraint = CONSTRAINT_NAME;
    IF v_constraint = 'ledger_account_non_negative' THEN
        RETURN;
    END IF;
    RAISE;
END
$$;
