using SegmentationKit.Data;
using SegmentationKit.Errors;
using SegmentationKit.Segmenters.Lifecycle;

namespace SegmentationKit.Sql;

/// <summary>Lifecycle stages in SQL, as <see cref="LifecycleModel.StageOf"/> decides them at the run's
/// as-of date (written as a date literal): the signals of <see cref="LifecycleSignals"/> per customer,
/// then the first stage of the precedence that holds. Day windows are compared with date literals
/// the kit computes (no engine date arithmetic); only whole-day differences use the dialect's
/// function. Orders after the as-of date are ignored, as <c>segment --as-of</c> cuts them. A signal
/// whose column the run did not have (or the orders, for a run without transactions) is not read:
/// it is NULL, and a NULL comparison is false, as a NaN one is in process. A customer without a
/// signup date gets a NULL segment (in process it is an error).</summary>
public sealed class LifecycleSql : IModelSqlTranslator
{
    public bool CanTranslate(ISegmentationModel model) => model is LifecycleModel;

    public string Query(ISegmentationModel model, SqlContext c)
    {
        var o = ((LifecycleModel)model).Options;
        var asOf = c.AsOf ?? throw new ModelException("the lifecycle run has no as-of date, so tenure cannot be measured",
            "run segkit segment --method lifecycle again with --as-of or --transactions");
        bool Is(string name, ColumnKind kind) => c.ColumnKinds.TryGetValue(name, out var k) && k == kind;
        if (!Is(CustomerColumns.SignupDate, ColumnKind.Date))
            throw new ModelException("the lifecycle model.json does not record signup_date as a date column, so the stages cannot be compiled",
                "run segkit segment --method lifecycle again with this version of the kit (it records the column kinds)");
        string Q(string name) => c.Id(name);
        string K(string name) => $"{Q("k")}.{Q(name)}";
        string T(string name) => $"{Q("t")}.{Q(name)}";
        string N(double v) => c.Number(v);
        string I(int v) => SqlLiteral.Integer(v);
        var nullDouble = $"CAST(NULL AS {SqlTypes.Double(c.Dialect)})";
        string Numeric(string name) => Is(name, ColumnKind.Numeric) ? c.AsDouble(K(name)) : nullDouble;
        var asOfLiteral = SqlLiteral.Date(asOf);
        string DaysBefore(int days) => SqlLiteral.Date(asOf.AddDays(-days));

        var signup = SqlTypes.CastDate(K(CustomerColumns.SignupDate));
        var tenure = SqlTypes.DaysBetween(c.Dialect, signup, asOfLiteral);
        var wau = Numeric(CustomerColumns.WeeklyActiveUsers);
        var seats = Numeric(CustomerColumns.Seats);
        var seatUsage = Is(CustomerColumns.WeeklyActiveUsers, ColumnKind.Numeric) && Is(CustomerColumns.Seats, ColumnKind.Numeric)
            ? $"CASE WHEN {seats} > {N(0)} THEN {wau} / {seats} END"
            : nullDouble;

        string revenueChange = nullDouble, lapsed = "FALSE", reactivated = "FALSE", join = "";
        if (c.WithTransactions)
        {
            // Revenue of the 365 days to the as-of date ÷ the 365 before − 1, for a tenure of two years or more.
            revenueChange = $"CASE WHEN {tenure} >= {I(730)} AND {T("previous_year")} > {N(0)} THEN {T("last_year")} / {T("previous_year")} - {N(1)} END";
            if (Is(CustomerColumns.BillingPeriod, ColumnKind.Categorical))
            {
                var billing = $"CAST({K(CustomerColumns.BillingPeriod)} AS {SqlTypes.Text(c.Dialect)})";
                var maxGap = $"(CASE {billing} WHEN {c.Text("monthly")} THEN {I(LifecycleSignals.BillingIntervalDays("monthly")!.Value)} " +
                             $"WHEN {c.Text("annual")} THEN {I(LifecycleSignals.BillingIntervalDays("annual")!.Value)} END + {I(o.LapseGraceDays)})";
                lapsed = $"({T("last_order")} IS NOT NULL AND {SqlTypes.DaysBetween(c.Dialect, T("last_order"), asOfLiteral)} > {maxGap})";
                // Some gap longer than the allowed one ending within the recent window ⇔ the longest such gap is longer.
                reactivated = $"(NOT {lapsed} AND {T("longest_recent_gap")} > {maxGap})";
            }
            join = $"\nLEFT JOIN (\n{Orders(c, o, asOfLiteral, DaysBefore)}\n) AS {Q("t")} ON {T(TransactionColumns.CustomerId)} = {K(CustomerColumns.CustomerId)}";
        }

        var churned = Churned(c, Is, K, asOfLiteral);
        var signals =
            $"SELECT {K(CustomerColumns.CustomerId)},\n" +
            $"  {signup} AS {Q("signup")},\n" +
            $"  {tenure} AS {Q("tenure_days")},\n" +
            $"  {churned} AS {Q("churned_now")},\n" +
            $"  {lapsed} AS {Q("lapsed")},\n" +
            $"  {reactivated} AS {Q("reactivated")},\n" +
            $"  {wau} AS {Q("weekly_active_users")},\n" +
            $"  {Numeric(CustomerColumns.LoginsPerWeek)} AS {Q("logins_per_week")},\n" +
            $"  {Numeric(CustomerColumns.FeatureAdoption)} AS {Q("feature_adoption")},\n" +
            $"  {seatUsage} AS {Q("seat_usage")},\n" +
            $"  {Numeric(CustomerColumns.Nps)} AS {Q("nps")},\n" +
            $"  {revenueChange} AS {Q("revenue_change")}\n" +
            $"FROM {c.Table(c.Tables.Customers)} AS {Q("k")}{join}";

        string Id(LifecycleStage stage) => c.Text(LifecycleModel.Id(stage));
        var stage =
            $"  CASE\n" +
            $"    WHEN {Q("signup")} IS NULL THEN CAST(NULL AS {SqlTypes.Text(c.Dialect)})\n" +
            $"    WHEN {Q("signup")} > {asOfLiteral} THEN {Id(LifecycleStage.NotYetSignedUp)}\n" +
            $"    WHEN {Q("churned_now")} THEN {Id(LifecycleStage.Churned)}\n" +
            $"    WHEN {Q("reactivated")} THEN {Id(LifecycleStage.Reactivated)}\n" +
            $"    WHEN {Q("tenure_days")} < {I(o.OnboardingDays)} THEN {Id(LifecycleStage.Onboarding)}\n" +
            $"    WHEN {Q("lapsed")} OR {Q("weekly_active_users")} < {N(o.DormantMaxWeeklyActiveUsers)} OR {Q("logins_per_week")} < {N(o.DormantMaxLoginsPerWeek)} THEN {Id(LifecycleStage.Dormant)}\n" +
            $"    WHEN {Q("seat_usage")} < {N(o.AtRiskMaxSeatUsage)} OR {Q("nps")} <= {N(o.AtRiskMaxNps)} OR {Q("revenue_change")} <= {N(-o.AtRiskRevenueDrop)} THEN {Id(LifecycleStage.AtRisk)}\n" +
            $"    WHEN {Q("tenure_days")} < {I(o.AdoptingDays)} OR {Q("feature_adoption")} < {N(o.AdoptingMaxFeatureAdoption)} THEN {Id(LifecycleStage.Adopting)}\n" +
            $"    WHEN {Q("revenue_change")} >= {N(o.ExpandingMinRevenueGrowth)} OR {Q("seat_usage")} >= {N(o.ExpandingMinSeatUsage)} THEN {Id(LifecycleStage.Expanding)}\n" +
            $"    ELSE {Id(LifecycleStage.Active)}\n" +
            $"  END";
        return $"SELECT {c.CustomerId},\n{stage} AS {Q("segment_id")}\nFROM (\n{signals}\n) AS {Q("signals")}";
    }

    /// <summary>Per customer, from the orders up to the as-of date: the last order, the revenue of
    /// the last 365 days and of the 365 before, and the longest gap between consecutive orders that
    /// ends within the reactivation window.</summary>
    private static string Orders(SqlContext c, LifecycleOptions o, string asOfLiteral, Func<int, string> daysBefore)
    {
        string Q(string name) => c.Id(name);
        var id = c.CustomerId;
        var date = SqlTypes.CastDate(Q(TransactionColumns.Date));
        var ordered =
            $"SELECT {id}, {date} AS {Q("order_date")}, {c.AsDouble(Q(TransactionColumns.Amount))} AS {Q("amount")},\n" +
            $"  LAG({date}) OVER (PARTITION BY {id} ORDER BY {date}) AS {Q("previous_date")}\n" +
            $"FROM {c.Table(c.Tables.Transactions)}\nWHERE {date} <= {asOfLiteral}";
        var zero = c.Number(0);
        return
            $"SELECT {id},\n" +
            $"  MAX({Q("order_date")}) AS {Q("last_order")},\n" +
            $"  SUM(CASE WHEN {Q("order_date")} >= {daysBefore(364)} THEN {Q("amount")} ELSE {zero} END) AS {Q("last_year")},\n" +
            $"  SUM(CASE WHEN {Q("order_date")} >= {daysBefore(729)} AND {Q("order_date")} <= {daysBefore(365)} THEN {Q("amount")} ELSE {zero} END) AS {Q("previous_year")},\n" +
            $"  MAX(CASE WHEN {Q("order_date")} >= {daysBefore(o.ReactivatedWithinDays)} THEN {SqlTypes.DaysBetween(c.Dialect, Q("previous_date"), Q("order_date"))} END) AS {Q("longest_recent_gap")}\n" +
            $"FROM (\n{ordered}\n) AS {Q("orders")}\nGROUP BY {id}";
    }

    /// <summary>Churned by the as-of date: the flag (yes/no, or a 0/1 number) and no churn date after it.</summary>
    private static string Churned(SqlContext c, Func<string, ColumnKind, bool> @is, Func<string, string> k, string asOfLiteral)
    {
        string flag;
        if (@is(CustomerColumns.Churned, ColumnKind.Boolean)) flag = k(CustomerColumns.Churned);
        else if (@is(CustomerColumns.Churned, ColumnKind.Numeric)) flag = $"{c.AsDouble(k(CustomerColumns.Churned))} = {c.Number(1)}";
        else if (c.ColumnKinds.ContainsKey(CustomerColumns.Churned))
            throw new ModelException("the churned column of the lifecycle run is neither yes/no nor 0/1", "write churned as true/false");
        else return "FALSE";
        if (!@is(CustomerColumns.ChurnDate, ColumnKind.Date)) return $"({flag})";
        var churnDate = SqlTypes.CastDate(k(CustomerColumns.ChurnDate));
        return $"({flag} AND ({churnDate} IS NULL OR {churnDate} <= {asOfLiteral}))";
    }
}
