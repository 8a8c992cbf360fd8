//! The portable schema, hand-written to match both `migrations/sqlite` and
//! `migrations/postgres` (only types both backends share:
//! docs/design.md#storage).

diesel::table! {
    departments (id) {
        id -> Text,
        code -> Text,
        name -> Text,
        parent_id -> Nullable<Text>,
        head_user_id -> Nullable<Text>,
        is_it -> Bool,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    users (id) {
        id -> Text,
        email -> Text,
        name -> Text,
        password_hash -> Text,
        department_id -> Nullable<Text>,
        active -> Bool,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        must_change_password -> Bool,
        locale -> Nullable<Text>,
    }
}

diesel::table! {
    user_roles (user_id, role) {
        user_id -> Text,
        role -> Text,
    }
}

diesel::table! {
    sessions (id) {
        id -> Text,
        user_id -> Text,
        token_hash -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
        client_addr -> Nullable<Text>,
    }
}

diesel::table! {
    audit_log (id) {
        id -> Text,
        at -> Timestamp,
        actor_id -> Nullable<Text>,
        action -> Text,
        entity -> Text,
        entity_id -> Text,
        summary -> Text,
    }
}

diesel::table! {
    outbox (id) {
        id -> Text,
        kind -> Text,
        recipients -> Text,
        subject -> Text,
        body_text -> Text,
        body_html -> Text,
        payload -> Text,
        status -> Text,
        attempts -> Integer,
        next_attempt_at -> Timestamp,
        last_error -> Nullable<Text>,
        claimed_by -> Nullable<Text>,
        claimed_until -> Nullable<Timestamp>,
        created_at -> Timestamp,
        sent_at -> Nullable<Timestamp>,
        lane -> Text,
    }
}

diesel::table! {
    outbox_attachments (id) {
        id -> Text,
        outbox_id -> Text,
        filename -> Text,
        content_type -> Text,
        content -> Binary,
    }
}

diesel::table! {
    idempotency_keys (user_id, idem_key) {
        user_id -> Text,
        idem_key -> Text,
        request_hash -> Text,
        response_status -> Nullable<Integer>,
        response_body -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    login_throttle (throttle_key) {
        throttle_key -> Text,
        failures -> Integer,
        window_started_at -> Timestamp,
        last_failure_at -> Timestamp,
    }
}

diesel::joinable!(users -> departments (department_id));
diesel::joinable!(user_roles -> users (user_id));
diesel::joinable!(sessions -> users (user_id));
diesel::joinable!(outbox_attachments -> outbox (outbox_id));

diesel::allow_tables_to_appear_in_same_query!(
    departments,
    users,
    user_roles,
    sessions,
    audit_log,
    outbox,
    outbox_attachments,
    idempotency_keys,
    login_throttle,
    applications,
    application_lines,
    approval_steps,
    application_history,
    decision_links,
    delegations,
    app_settings,
    items,
    locations,
    stock_balances,
    stock_usage_window,
    stock_movements,
    stock_counts,
    stock_count_lines,
    stock_alerts,
);

diesel::table! {
    applications (id) {
        id -> Text,
        requester_id -> Text,
        department_id -> Nullable<Text>,
        title -> Text,
        justification -> Text,
        needed_by -> Nullable<Date>,
        currency -> Text,
        total_cents -> BigInt,
        status -> Text,
        version -> BigInt,
        supplier -> Nullable<Text>,
        order_reference -> Nullable<Text>,
        expected_on -> Nullable<Date>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        location_id -> Nullable<Text>,
        reference -> Text,
    }
}

diesel::table! {
    application_lines (id) {
        id -> Text,
        application_id -> Text,
        position -> Integer,
        description -> Text,
        category -> Text,
        item_id -> Nullable<Text>,
        quantity_milli -> BigInt,
        unit_price_cents -> BigInt,
        ordered_unit_price_cents -> Nullable<BigInt>,
        received_milli -> BigInt,
        closed_milli -> BigInt,
        closed_reason -> Nullable<Text>,
        rejected_milli -> BigInt,
    }
}

diesel::table! {
    approval_steps (id) {
        id -> Text,
        application_id -> Text,
        round -> Integer,
        position -> Integer,
        kind -> Text,
        approver_id -> Nullable<Text>,
        approver_role -> Nullable<Text>,
        status -> Text,
        decided_by -> Nullable<Text>,
        on_behalf_of -> Nullable<Text>,
        comment -> Nullable<Text>,
        decided_at -> Nullable<Timestamp>,
        pending_since -> Nullable<Timestamp>,
        overdue_on -> Nullable<Date>,
        reminded -> Integer,
        escalated_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    application_history (id) {
        id -> Text,
        application_id -> Text,
        at -> Timestamp,
        actor_id -> Nullable<Text>,
        on_behalf_of -> Nullable<Text>,
        action -> Text,
        from_status -> Nullable<Text>,
        to_status -> Text,
        comment -> Nullable<Text>,
        via -> Nullable<Text>,
    }
}

diesel::table! {
    decision_links (token_hash) {
        token_hash -> Text,
        application_id -> Text,
        step_id -> Text,
        user_id -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    delegations (id) {
        id -> Text,
        approver_id -> Text,
        delegate_id -> Text,
        starts_on -> Date,
        ends_on -> Date,
        created_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
        end_noticed_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    app_settings (key) {
        key -> Text,
        value -> Text,
        version -> BigInt,
        updated_at -> Timestamp,
    }
}

diesel::joinable!(application_lines -> applications (application_id));
diesel::joinable!(approval_steps -> applications (application_id));
diesel::joinable!(application_history -> applications (application_id));
diesel::joinable!(decision_links -> approval_steps (step_id));

diesel::table! {
    holidays (day) {
        day -> Date,
        name -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    items (id) {
        id -> Text,
        sku -> Text,
        name -> Text,
        category -> Text,
        unit -> Text,
        unit_cost_cents -> BigInt,
        currency -> Text,
        supplier -> Nullable<Text>,
        lead_time_days -> Integer,
        order_multiple_milli -> BigInt,
        active -> Bool,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    locations (id) {
        id -> Text,
        code -> Text,
        name -> Text,
        kind -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    stock_balances (item_id, location_id) {
        item_id -> Text,
        location_id -> Text,
        on_hand_milli -> BigInt,
        reorder_point_milli -> Nullable<BigInt>,
        max_level_milli -> Nullable<BigInt>,
        updated_at -> Timestamp,
        issued_window_milli -> BigInt,
    }
}

diesel::table! {
    stock_usage_window (id) {
        id -> Integer,
        starts_on -> Date,
        advanced_at -> Timestamp,
    }
}

diesel::table! {
    stock_movements (id) {
        id -> Text,
        item_id -> Text,
        location_id -> Text,
        kind -> Text,
        delta_milli -> BigInt,
        unit_cost_cents -> Nullable<BigInt>,
        transfer_id -> Nullable<Text>,
        issued_to_user_id -> Nullable<Text>,
        note -> Nullable<Text>,
        actor_id -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::joinable!(stock_balances -> items (item_id));
diesel::joinable!(stock_balances -> locations (location_id));

diesel::table! {
    stock_counts (id) {
        id -> Text,
        location_id -> Text,
        actor_id -> Nullable<Text>,
        note -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    stock_count_lines (count_id, item_id) {
        count_id -> Text,
        item_id -> Text,
        expected_milli -> BigInt,
        counted_milli -> BigInt,
    }
}

diesel::table! {
    stock_alerts (id) {
        id -> Text,
        item_id -> Text,
        location_id -> Text,
        raised_at -> Timestamp,
        cleared_at -> Nullable<Timestamp>,
    }
}

// On-order quantities group application lines by item and their
// application's location (db::replenishment::on_order).
diesel::allow_columns_to_appear_in_same_group_by_clause!(
    application_lines::item_id,
    applications::location_id,
);

diesel::table! {
    budget_limits (month, department_id, category) {
        month -> Text,
        department_id -> Text,
        category -> Text,
        amount_cents -> BigInt,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    reference_counters (year) {
        year -> Integer,
        last -> BigInt,
    }
}

diesel::table! {
    budgets (id) {
        id -> Text,
        kind -> Text,
        period_start -> Date,
        period_end -> Date,
        revision -> Integer,
        late -> Bool,
        trigger_kind -> Text,
        currency -> Text,
        total_cents -> BigInt,
        totals -> Text,
        generated_at -> Timestamp,
        generated_by -> Nullable<Text>,
        approved_by -> Nullable<Text>,
        approved_at -> Nullable<Timestamp>,
        self_approved -> Bool,
        line_count -> BigInt,
    }
}

diesel::table! {
    budget_lines (id) {
        id -> Text,
        budget_id -> Text,
        position -> Integer,
        source -> Text,
        source_ref -> Text,
        description -> Text,
        department_id -> Nullable<Text>,
        category -> Text,
        quantity_milli -> BigInt,
        unit_price_cents -> BigInt,
        amount_cents -> BigInt,
        due_on -> Nullable<Date>,
        section -> Text,
        days_overdue -> Nullable<Integer>,
    }
}

diesel::table! {
    schedules (job) {
        job -> Text,
        cron -> Text,
        timezone -> Text,
        enabled -> Bool,
        recipients -> Text,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    job_runs (job, period_start) {
        job -> Text,
        period_start -> Date,
        due_at -> Timestamp,
        claimed_at -> Timestamp,
        late -> Bool,
        budget_id -> Nullable<Text>,
    }
}

diesel::joinable!(budget_lines -> budgets (budget_id));
