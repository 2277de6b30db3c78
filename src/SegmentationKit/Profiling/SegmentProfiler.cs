using SegmentationKit.Data;
using SegmentationKit.Errors;

namespace SegmentationKit.Profiling;

/// <summary>Computes the <see cref="PortfolioProfile"/> of a segmentation: every segment's KPIs,
/// traits and narrative, and the whole base as the reference. KPIs are computed on the standard
/// columns of <see cref="CustomerColumns"/> when the table has them; an absent column gives an
/// absent KPI (null), never a zero, and missing values are left out and counted.</summary>
public sealed class SegmentProfiler
{
    /// <summary>Categorical columns with more categories than this (ids, free text) are not profiled.</summary>
    public const int MaxCategoriesProfiled = 100;


    /// <summary>How many accounts a segment's profile lists as accounts to look at.</summary>
    public const int AccountsListed = 8;

    public SegmentProfiler(ProfileSettings? settings = null, Playbook.Playbook? playbook = null)
    {
        Settings = (settings ?? new ProfileSettings()).Validated();
        Playbook = playbook ?? Profiling.Playbook.Playbook.Default;
    }

    public ProfileSettings Settings { get; }

    /// <summary>The plays segments are matched to (the kit's default playbook unless given).</summary>
    public Playbook.Playbook Playbook { get; }

    /// <summary>Profiles <paramref name="segmentation"/> on <paramref name="data"/>. The as-of date is
    /// the data's, else the segmentation's; without one, tenure and transactional CLV are absent.</summary>
    /// <param name="coverage">Per-customer coverage. When null: the segmentation's own coverage plan
    /// (maturity × potential segmentations carry one), else the default maturity × potential model
    /// applied to the table when it has the columns that model needs, else none.</param>
    /// <param name="progress">Receives the CLV fit and the segments profiled so far; null: no reports.</param>
    /// <exception cref="DataValidationException">The segmentation's customers are not those of the table.</exception>
    public PortfolioProfile Profile(Segmentation segmentation, SegmentationData data, CustomerCoverageSource? coverage = null,
        IProgress<WorkProgress>? progress = null)
    {
        var table = data.Customers;
        var asOf = data.AsOf ?? segmentation.AsOf;
        var rows = MatchRows(segmentation, table);
        // The segmentation's own warnings (e.g. a value tier far from its share) belong in its profile.
        var notes = new List<LocalisedText>(segmentation.Warnings);
        if (coverage is null)
        {
            string? whyNot = null;
            coverage = CustomerCoverageSource.FromSegmentation(segmentation) ?? CustomerCoverageSource.FromDefaultMaturityModel(data, out whyNot);
            if (coverage is null && whyNot is not null) notes.Add(new($"No coverage recommendation: {whyNot}", $"Pas de recommandation de couverture\u00A0: {whyNot}"));
        }
        if (coverage is not null) notes.Add(new($"Coverage recommendations come from {coverage.Origin.En}.", $"Source des recommandations de couverture\u00A0: {coverage.Origin.Fr}."));
        var groupOfCustomer = segmentation.SegmentIndexes();
        var segmentCount = segmentation.Segments.Count;
        var members = new List<int>[segmentCount];
        for (var g = 0; g < segmentCount; g++) members[g] = new List<int>();
        for (var i = 0; i < rows.Length; i++) members[groupOfCustomer[i]].Add(rows[i]);
        var allRows = rows.ToList();

        var transactional = TransactionalClv.Compute(data.Transactions, table, asOf, Settings, notes, progress);
        var revenue = TransactionRevenue(data.Transactions, table, asOf, notes);
        var context = new ProfileContext(table, Settings, asOf, allRows, revenue, transactional, notes);
        NoteMissing(context, allRows);

        var segmentChurn = members.Select(m => context.ChurnRate(m)).ToArray();
        var saasClvPerCustomer = SaasClvPerCustomer(context, members, segmentChurn);
        var baseChurn = context.ChurnRate(allRows);
        var baseSaasClv = SaasClvFor(context, allRows, baseChurn);
        double? saasClvTotal = saasClvPerCustomer is null ? null : SumPresent(saasClvPerCustomer.Values.Values);
        // Subscription CLV: one sBG model per segment (and one for the base), from renewal history.
        var subscriptionClv = members.Select(m => SubscriptionClv.For(context, m)).ToArray();
        var baseSubscriptionClv = SubscriptionClv.For(context, allRows);
        double? subscriptionClvTotal = subscriptionClv.Any(x => x is not null) ? SumPresent(subscriptionClv.Where(x => x is not null).SelectMany(x => x!.Values)) : null;
        if (SubscriptionClv.HasInputs(table, asOf))
        {
            var unfitted = segmentation.Segments.Where((_, g) => members[g].Count > 0 && subscriptionClv[g] is null).Select(s => s.Name).ToList();
            if (unfitted.Count > 0)
                notes.Add(new($"No subscription CLV for {string.Join(", ", unfitted)}: their renewals show no churn or no renewal to fit the retention model on, so the SaaS CLV is shown instead.",
                    // Segment names are in English; the French note counts them instead of quoting them.
                    $"Pas de CLV d’abonnement pour {NarrativeText.Number(unfitted.Count, 0, true)} segment(s)\u00A0: leurs renouvellements ne montrent ni attrition ni renouvellement sur lesquels ajuster le modèle de rétention\u00A0; la CLV SaaS est montrée à la place."));
        }

        var numericColumns = NumericFeatureColumns(table);
        var segmentOfRow = new int[table.RowCount];
        for (var g = 0; g < segmentCount; g++)
            foreach (var r in members[g]) segmentOfRow[r] = g;
        var numericBase = numericColumns.Select(c => BaseValues.Of(c, allRows, segmentOfRow, segmentCount)).ToList();
        var baseLevels = ProfiledCategoricalColumns(table).ToDictionary(c => c, c => CountLevels(c, allRows));
        var bonferroni = Math.Max(1, segmentCount * numericColumns.Count);
        var significanceCut = Settings.SignificanceLevel / bonferroni;
        var traitTests = Math.Max(1, segmentCount * ProfiledCategoricalColumns(table).Sum(c => c.Levels.Count));
        var traitCut = Settings.SignificanceLevel / traitTests;
        var signs = WarningSignThresholds.Of(table, allRows);
        if (!context.HasChurnFlag)
            notes.Add(new("The table has no churn flag, so ARR and MRR cover every customer; with a 'churned' column they cover active customers only.",
                "La table n’a pas d’indicateur d’attrition : l’ARR et le MRR couvrent tous les clients ; avec une colonne « churned », ils ne couvrent que les clients actifs."));

        var baseProfile = BuildProfile(context, PortfolioProfile.BaseId, "All customers", "every customer of the table", true, allRows,
            baseChurn, baseChurn, baseSaasClv is null ? null : (baseSaasClv.Value.PerCustomer, baseSaasClv.Value.Capped, null),
            [], [], coverage: null, subscriptionClv: baseSubscriptionClv is null ? null : (baseSubscriptionClv, null));
        // Segments are profiled independently, so in parallel; each lands in its own slot, so the
        // result does not depend on the thread count. The base's cached rows are found first.
        _ = (context.ActiveBase, context.ChurnedBase);
        var profiled = new SegmentProfile[segmentCount];
        var segmentsDone = 0;
        progress?.Report(new WorkProgress("profile: segments", 0, segmentCount, "segments"));
        Parallel.For(0, segmentCount, g =>
        {
            var def = segmentation.Segments[g];
            var traits = members[g].Count == 0 ? [] : CategoryTraits(table, members[g], baseLevels, traitCut);
            var differences = members[g].Count == 0 ? [] : NumericDifferences(numericBase, g, significanceCut);
            (Dictionary<int, double>, bool, double?)? clv = saasClvPerCustomer is null ? null
                : (saasClvPerCustomer.Values, saasClvPerCustomer.Capped[g], saasClvTotal);
            var cov = coverage is null || members[g].Count == 0 ? null : coverage.Recommend(members[g].Select(r => table.CustomerIds[r]).ToList());
            var profile = BuildProfile(context, def.Id, def.Name, def.Definition, false, members[g], segmentChurn[g], baseChurn, clv,
                traits, differences, cov, subscriptionClv[g] is { } sub ? (sub, subscriptionClvTotal) : null);
            profiled[g] = profile with
            {
                Play = Playbook.Recommend(profile, baseProfile),
                Accounts = members[g].Count == 0 ? [] : AccountsToWatch(context, members[g], signs),
            };
            var done = Interlocked.Increment(ref segmentsDone);
            progress?.Report(new WorkProgress("profile: segments", done, segmentCount, "segments"));
        });
        var segments = profiled.ToList();

        return new PortfolioProfile(segmentation.Method, asOf, KitInfo.Version, table.Source, data.Transactions?.Source, Settings,
            baseProfile, segments, transactional?.BgNbd, transactional?.GammaGamma, notes);
    }

    private static int[] MatchRows(Segmentation segmentation, CustomerTable table)
    {
        var rows = new int[segmentation.CustomerCount];
        var seen = new bool[table.RowCount];
        var unknown = new List<string>();
        for (var i = 0; i < rows.Length; i++)
        {
            var r = table.RowOf(segmentation.CustomerIds[i]);
            if (r < 0) { unknown.Add(segmentation.CustomerIds[i]); continue; }
            if (seen[r])
                throw new DataValidationException(table.Source, null, CustomerColumns.CustomerId, segmentation.CustomerIds[i],
                    "the customer is assigned twice in the segmentation", "give each customer exactly one segment");
            seen[r] = true;
            rows[i] = r;
        }
        if (unknown.Count > 0)
            throw new DataValidationException(table.Source, null, CustomerColumns.CustomerId, unknown[0],
                $"{unknown.Count} customer(s) of the segmentation are not in the customer table (first shown)",
                "profile the segmentation with the customer table it was made from");
        var absent = Enumerable.Range(0, table.RowCount).Where(r => !seen[r]).ToList();
        if (absent.Count > 0)
            throw new DataValidationException(table.Source, null, CustomerColumns.CustomerId, table.CustomerIds[absent[0]],
                $"{absent.Count} customer(s) of the table have no segment in the segmentation (first shown)",
                "segment the whole table, or profile with the subset of the table that was segmented");
        return rows;
    }

    private static void NoteMissing(ProfileContext context, List<int> allRows)
    {
        foreach (var name in new[] { CustomerColumns.Arr, CustomerColumns.Mrr, CustomerColumns.Churned })
        {
            if (!context.Table.TryGetColumn(name, out var column)) continue;
            var missing = allRows.Count(column.IsMissing);
            if (missing > 0)
                context.Notes.Add(new($"'{name}' is missing for {missing} of {allRows.Count} customers; its KPIs rest on the others.",
                    $"«\u00A0{name}\u00A0» manque pour {NarrativeText.Number(missing, 0, true)} clients sur {NarrativeText.Number(allRows.Count, 0, true)}\u00A0; ses indicateurs reposent sur les autres."));
        }
        var expectedKinds = new (string Name, ColumnKind Kind)[]
        {
            (CustomerColumns.Arr, ColumnKind.Numeric), (CustomerColumns.Mrr, ColumnKind.Numeric), (CustomerColumns.Nps, ColumnKind.Numeric),
            (CustomerColumns.WeeklyActiveUsers, ColumnKind.Numeric), (CustomerColumns.LoginsPerWeek, ColumnKind.Numeric),
            (CustomerColumns.FeatureAdoption, ColumnKind.Numeric), (CustomerColumns.SupportTickets, ColumnKind.Numeric),
            (CustomerColumns.Churned, ColumnKind.Boolean), (CustomerColumns.Trial, ColumnKind.Boolean),
            (CustomerColumns.TrialConverted, ColumnKind.Boolean), (CustomerColumns.SignupDate, ColumnKind.Date),
        };
        foreach (var (name, kind) in expectedKinds)
            if (context.Table.TryGetColumn(name, out var c) && c.Kind != kind && !(kind == ColumnKind.Boolean && c.Kind == ColumnKind.Numeric))
                context.Notes.Add(new($"'{name}' is {c.Kind.ToString().ToLowerInvariant()}, not {kind.ToString().ToLowerInvariant()}, so the KPIs built on it are not computed; map it as {kind.ToString().ToLowerInvariant()} to get them.",
                    $"«\u00A0{name}\u00A0» est de type {c.Kind.ToString().ToLowerInvariant()} et non {kind.ToString().ToLowerInvariant()}\u00A0: ses indicateurs ne sont pas calculés\u00A0; déclarez-la {kind.ToString().ToLowerInvariant()} dans le mapping pour les obtenir."));
        if (context.Table.HasColumn(CustomerColumns.SignupDate) && context.AsOf is null)
            context.Notes.Add(new("No as-of date was given, so tenure is not computed.", "Aucune date de référence n’est donnée\u00A0: l’ancienneté n’est pas calculée."));
    }

    private SegmentProfile BuildProfile(ProfileContext c, string id, string name, string definition, bool isBase, List<int> rows,
        double? churn, double? baseChurn, (Dictionary<int, double> PerCustomer, bool Capped, double? Total)? saasClv,
        IReadOnlyList<CategoryTrait> traits, IReadOnlyList<NumericDifference> differences, CoverageRecommendation? coverage,
        (Dictionary<int, double> PerCustomer, double? Total)? subscriptionClv = null)
    {
        // Recurring revenue and SaaS CLV are of the customers still active at the as-of date; what
        // churned customers paid is reported apart as ARR lost to churn.
        var active = c.ActiveRows(rows);
        var arr = c.Amount(CustomerColumns.Arr, active, c.ActiveBase);
        var value = new ValueKpis(
            arr,
            c.Amount(CustomerColumns.Mrr, active, c.ActiveBase),
            c.Revenue is null ? null : AmountOf(rows, c.Revenue, c.Total(c.Revenue, "", () => SumPresent(c.Revenue.Values))),
            saasClv is null ? null : AmountOf(active, saasClv.Value.PerCustomer, saasClv.Value.Total ?? SumPresent(active.Select(r => saasClv.Value.PerCustomer[r]))),
            saasClv?.Capped ?? false,
            c.Transactional is null ? null : AmountOf(rows, c.Transactional.Clv, c.Total(c.Transactional.Clv, "", () => SumPresent(c.Transactional.Clv.Values))),
            c.Transactional is null ? null : MeanOf(rows, c.Transactional.ProbabilityAlive),
            c.Transactional is null ? null : MeanOf(rows, c.Transactional.ExpectedPurchases),
            active.Count,
            c.HasChurnFlag ? c.Amount(CustomerColumns.Arr, c.ChurnedRows(rows), c.ChurnedBase) : null,
            arr is not null && churn is { } rate ? arr.Sum * rate : null,
            subscriptionClv is { } sub ? AmountOf(active, sub.PerCustomer, sub.Total ?? c.Total(sub.PerCustomer, "", () => SumPresent(sub.PerCustomer.Values))) : null);
        var churnKpi = c.BooleanShare(CustomerColumns.Churned, rows);
        var health = new HealthKpis(
            churnKpi,
            churnKpi is not null && baseChurn is > 0 && churn is not null ? churn / baseChurn : null,
            churnKpi is null ? null : churnKpi with { Value = 1 - churnKpi.Value },
            c.Nps(rows),
            c.Mean(CustomerColumns.WeeklyActiveUsers, rows),
            c.Mean(CustomerColumns.LoginsPerWeek, rows),
            c.Mean(CustomerColumns.FeatureAdoption, rows),
            c.Mean(CustomerColumns.SupportTickets, rows));
        var draft = new SegmentProfile(id, name, definition, isBase, rows.Count,
            c.AllRows.Count == 0 ? 0 : (double)rows.Count / c.AllRows.Count,
            value, health, c.TrialConversion(rows), c.TenureMonths(rows), traits, differences,
            new SegmentNarrative(new LocalisedText("", ""), new LocalisedText("", ""), new LocalisedText("", "")), coverage);
        return draft with { Narrative = NarrativeWriter.Write(draft) };
    }

    private static KpiValue? MeanOf(List<int> rows, Dictionary<int, double> perCustomer)
    {
        var present = new List<double>();
        foreach (var r in rows)
            if (perCustomer.TryGetValue(r, out var v) && !double.IsNaN(v)) present.Add(v);
        return new KpiValue(Stats.Mean(present), present.Count, rows.Count - present.Count);
    }

    private static AmountKpi AmountOf(List<int> rows, Dictionary<int, double> perCustomer, double total)
    {
        var present = new List<double>();
        foreach (var r in rows)
            if (perCustomer.TryGetValue(r, out var v) && !double.IsNaN(v)) present.Add(v);
        return AmountFrom(present, rows.Count - present.Count, total);
    }

    internal static AmountKpi AmountFrom(List<double> present, int missing, double total)
    {
        var sum = present.Sum();
        return new AmountKpi(sum, total > 0 ? sum / total : double.NaN, Stats.Mean(present), Stats.Median(present), present.Count, missing);
    }

    private static double SumPresent(IEnumerable<double> values) => values.Where(v => !double.IsNaN(v)).Sum();

    private static Dictionary<int, double>? TransactionRevenue(TransactionLog? log, CustomerTable table, DateOnly? asOf, List<LocalisedText> notes)
    {
        if (log is null) return null;
        // Summed in an array (same order of additions), then handed out as the per-row map.
        var sums = new double[table.RowCount];
        int outside = 0, after = 0;
        var dates = log.Dates;
        var amounts = log.Amounts;
        for (var i = 0; i < log.Count; i++)
        {
            var row = table.RowOf(log.CustomerIds[i]);
            if (row < 0) { outside++; continue; }
            if (asOf is { } d && dates[i] > d) { after++; continue; }
            sums[row] += amounts[i];
        }
        var revenue = new Dictionary<int, double>(table.RowCount);
        for (var r = 0; r < sums.Length; r++) revenue[r] = sums[r];
        if (outside > 0) notes.Add(new($"{outside} transaction(s) of customers not in the customer table were left out of revenue.",
            $"{NarrativeText.Number(outside, 0, true)} transaction(s) de clients absents de la table des clients sont exclues du chiffre d’affaires."));
        if (after > 0) notes.Add(new($"{after} transaction(s) dated after the as-of date {asOf:yyyy-MM-dd} were left out.",
            $"{NarrativeText.Number(after, 0, true)} transaction(s) postérieures à la date de référence du {asOf:yyyy-MM-dd} sont exclues."));
        return revenue;
    }

    private sealed record SaasClvTable(Dictionary<int, double> Values, bool[] Capped);

    /// <summary>Per-customer SaaS CLV = ARR × margin ÷ the customer's segment churn rate (floored).</summary>
    private SaasClvTable? SaasClvPerCustomer(ProfileContext c, List<int>[] members, double?[] segmentChurn)
    {
        if (!HasSaasClvInputs(c)) return null;
        var values = new Dictionary<int, double>();
        var capped = new bool[members.Length];
        for (var g = 0; g < members.Length; g++)
        {
            var clv = SaasClvFor(c, members[g], segmentChurn[g]);
            if (clv is null) { foreach (var r in members[g]) values[r] = double.NaN; continue; }
            capped[g] = clv.Value.Capped;
            foreach (var (r, v) in clv.Value.PerCustomer) values[r] = v;
        }
        return new SaasClvTable(values, capped);
    }

    private (Dictionary<int, double> PerCustomer, bool Capped)? SaasClvFor(ProfileContext c, List<int> rows, double? churn)
    {
        if (!HasSaasClvInputs(c) || churn is null) return null;
        var arr = c.Table.Numeric(CustomerColumns.Arr);
        var floor = 1 / Settings.MaxLifetimeYears;
        var rate = Math.Max(churn.Value, floor);
        var result = new Dictionary<int, double>(rows.Count);
        foreach (var r in rows)
            if (c.IsActive(r)) result[r] = arr[r] * Settings.GrossMargin / rate;
        return (result, churn.Value < floor);
    }

    private static bool HasSaasClvInputs(ProfileContext c) =>
        c.Table.TryGetColumn(CustomerColumns.Arr, out var arr) && arr is NumericColumn
        && c.Table.TryGetColumn(CustomerColumns.Churned, out var churned) && churned.Kind is ColumnKind.Boolean or ColumnKind.Numeric;

    private static List<Column> NumericFeatureColumns(CustomerTable table) =>
        table.Columns.Where(c => c.Kind is ColumnKind.Numeric or ColumnKind.Boolean).ToList();

    private static IEnumerable<CategoricalColumn> ProfiledCategoricalColumns(CustomerTable table) =>
        table.Columns.OfType<CategoricalColumn>().Where(c => c.Levels.Count <= MaxCategoriesProfiled);

    private IReadOnlyList<CategoryTrait> CategoryTraits(CustomerTable table, List<int> rows,
        Dictionary<CategoricalColumn, (int[] Counts, int Total)> baseLevels, double significanceCut)
    {
        var traits = new List<CategoryTrait>();
        foreach (var column in ProfiledCategoricalColumns(table))
        {
            var (segCounts, segTotal) = CountLevels(column, rows);
            var (baseCounts, baseTotal) = baseLevels[column];
            if (segTotal == 0) continue;
            var top = Enumerable.Range(0, column.Levels.Count)
                .Where(l => segCounts[l] > 0)
                .OrderByDescending(l => segCounts[l]).ThenBy(l => l)
                .Take(Settings.TopCategories);
            foreach (var l in top)
            {
                double segShare = (double)segCounts[l] / segTotal, baseShare = (double)baseCounts[l] / baseTotal;
                var p = Stats.TwoProportionPValue(segCounts[l], segTotal, baseCounts[l] - segCounts[l], baseTotal - segTotal);
                traits.Add(new CategoryTrait(column.Name, column.Levels[l], segCounts[l], segShare, baseShare, segShare / baseShare, segTotal,
                    p, p < significanceCut));
            }
        }
        return traits;
    }

    private static (int[] Counts, int Total) CountLevels(CategoricalColumn column, List<int> rows)
    {
        var counts = new int[column.Levels.Count];
        var total = 0;
        var codes = column.Codes;
        foreach (var r in rows)
        {
            var code = codes[r];
            if (code < 0) continue;
            counts[code]++;
            total++;
        }
        return (counts, total);
    }

    /// <summary>A numeric column's values in the order of the base's rows (NaN when missing), with
    /// the base's mean and standard deviation, computed once for every segment.</summary>
    /// <summary>A segment's values of one column: count, sum (in row order), mean and sum of squared
    /// deviations from that mean.</summary>
    private readonly record struct SegmentMoments(int Count, double Sum, double Mean, double Squares);

    /// <summary>A numeric column over the base: its count of present values, mean and standard
    /// deviation, and each segment's moments — two passes over the column for every segment at once.</summary>
    private sealed record BaseValues(Column Column, SegmentMoments[] Moments, int Present, double Mean, double Sd)
    {
        public static BaseValues Of(Column column, List<int> allRows, int[] segmentOfRow, int segmentCount)
        {
            var all = new List<double>(allRows.Count);
            var counts = new int[segmentCount];
            var sums = new double[segmentCount];
            foreach (var r in allRows)
            {
                var v = ProfileContext.AsNumber(column, r);
                if (double.IsNaN(v)) continue;
                all.Add(v);
                counts[segmentOfRow[r]]++;
                sums[segmentOfRow[r]] += v;
            }
            var means = new double[segmentCount];
            for (var g = 0; g < segmentCount; g++) means[g] = counts[g] == 0 ? double.NaN : sums[g] / counts[g];
            var squares = new double[segmentCount];
            foreach (var r in allRows)
            {
                var v = ProfileContext.AsNumber(column, r);
                if (double.IsNaN(v)) continue;
                var g = segmentOfRow[r];
                squares[g] += (v - means[g]) * (v - means[g]);
            }
            var moments = new SegmentMoments[segmentCount];
            for (var g = 0; g < segmentCount; g++) moments[g] = new SegmentMoments(counts[g], sums[g], means[g], squares[g]);
            return new BaseValues(column, moments, all.Count, Stats.Mean(all), Math.Sqrt(Stats.Variance(all)));
        }
    }

    private static IReadOnlyList<NumericDifference> NumericDifferences(List<BaseValues> columns, int segment, double significanceCut)
    {
        var result = new List<NumericDifference>();
        foreach (var column in columns)
        {
            var moments = column.Moments;
            var own = moments[segment];
            if (own.Count == 0) continue;
            // The rest of the base: every other segment's moments combined exactly (Chan et al.'s
            // pairwise update), so no pass over the base per segment.
            int restCount = 0;
            var restSum = 0.0;
            for (var h = 0; h < moments.Length; h++)
                if (h != segment) { restCount += moments[h].Count; restSum += moments[h].Sum; }
            var restMean = restSum / restCount;
            var restSquares = 0.0;
            for (var h = 0; h < moments.Length; h++)
                if (h != segment && moments[h].Count > 0)
                {
                    var shift = moments[h].Mean - restMean;
                    restSquares += moments[h].Squares + moments[h].Count * shift * shift;
                }
            double segMean = own.Mean, baseMean = column.Mean, sd = column.Sd;
            var z = sd > 0 ? (segMean - baseMean) / sd : 0;
            var p = Stats.WelchPValue(own.Count, segMean, own.Squares, restCount, restMean, restSquares);
            result.Add(new NumericDifference(column.Column.Name, segMean, baseMean, double.IsNaN(sd) ? 0 : sd, z, p, p < significanceCut, own.Count, column.Present));
        }
        return result;
    }

    /// <summary>The segment's largest active accounts by ARR (without ARR: by revenue in the log),
    /// those showing a warning sign first.</summary>
    private static IReadOnlyList<AccountToWatch> AccountsToWatch(ProfileContext c, List<int> rows, WarningSignThresholds signs)
    {
        var hasArr = c.Table.TryGetColumn(CustomerColumns.Arr, out var arrColumn) && arrColumn is NumericColumn;
        if (!hasArr && c.Revenue is null) return [];
        var measure = hasArr ? "arr" : "revenue";
        double Value(int r) => hasArr ? ((NumericColumn)arrColumn!)[r] : c.Revenue![r];
        // The first AccountsListed in the order (warning signs first, value down, id up), kept in a
        // small sorted buffer in one pass, so a large segment costs no sort and no per-row lists.
        var order = Comparer<(bool Signs, double Value, string Id, int Row)>.Create((a, b) =>
        {
            var bySigns = b.Signs.CompareTo(a.Signs);
            if (bySigns != 0) return bySigns;
            var byValue = b.Value.CompareTo(a.Value);
            return byValue != 0 ? byValue : string.CompareOrdinal(a.Id, b.Id);
        });
        var top = new List<(bool Signs, double Value, string Id, int Row)>(AccountsListed + 1);
        foreach (var r in c.ActiveRows(rows))
        {
            var value = Value(r);
            if (!double.IsFinite(value)) continue;
            var candidate = (signs.ShowsAny(r), value, c.Table.CustomerIds[r], r);
            if (top.Count == AccountsListed && order.Compare(candidate, top[^1]) >= 0) continue;
            var at = top.BinarySearch(candidate, order);
            top.Insert(at < 0 ? ~at : at, candidate);
            if (top.Count > AccountsListed) top.RemoveAt(top.Count - 1);
        }
        return top.Select(a => new AccountToWatch(a.Id, a.Value, measure, signs.Of(a.Row))).ToList();
    }
}
