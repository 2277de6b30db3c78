using SegmentationKit.Data;
using SegmentationKit.Errors;

namespace SegmentationKit.Profiling;

/// <summary>The transactional CLV of a profile run, per customer row of the table.</summary>
internal sealed record TransactionalClv(
    BgNbdParameters BgNbd,
    GammaGammaParameters? GammaGamma,
    Dictionary<int, double> ProbabilityAlive,
    Dictionary<int, double> ExpectedPurchases,
    Dictionary<int, double> Clv)
{
    /// <summary>Fits BG/NBD (and Gamma-Gamma when it can) on the log; null with a note when there is
    /// no log, no as-of date, or the models cannot be fitted (e.g. a single order per customer).</summary>
    /// <param name="progress">Receives each stage (histories, the two fits, the predictions) as it starts and ends.</param>
    public static TransactionalClv? Compute(TransactionLog? log, CustomerTable table, DateOnly? asOf, ProfileSettings settings, List<LocalisedText> notes,
        IProgress<WorkProgress>? progress = null)
    {
        if (log is null) return null;
        if (asOf is null)
        {
            notes.Add(new("No as-of date was given, so the transactional CLV (BG/NBD, Gamma-Gamma) is not computed.",
                "Aucune date de référence n’est donnée\u00A0: la CLV transactionnelle (BG/NBD, Gamma-Gamma) n’est pas calculée."));
            return null;
        }
        IReadOnlyList<PurchaseHistory> histories;
        BgNbdModel bgNbd;
        try
        {
            histories = ProgressSteps.Run(progress, "CLV: purchase histories", "customers",
                () => PurchaseSummary.FromTransactions(log, asOf.Value, settings.ClvTimeUnit, out _).Where(h => table.RowOf(h.CustomerId) >= 0).ToList(),
                h => h.Count);
            bgNbd = ProgressSteps.Run(progress, "CLV: BG/NBD fit", "fits", () => BgNbdModel.Fit(histories), _ => 1);
        }
        catch (SegmentationKitException e)
        {
            notes.Add(new($"The transactional CLV is not computed: {e.Message}", $"La CLV transactionnelle n’est pas calculée\u00A0: {e.Message}"));
            return null;
        }
        GammaGammaModel? gammaGamma = null;
        try
        {
            gammaGamma = ProgressSteps.Run(progress, "CLV: Gamma-Gamma fit", "fits", () => GammaGammaModel.Fit(histories), _ => 1);
        }
        catch (ModelException e)
        {
            notes.Add(new($"Expected spend and transactional CLV are not computed: {e.Message}",
                $"La dépense attendue et la CLV transactionnelle ne sont pas calculées\u00A0: {e.Message}"));
        }
        if (gammaGamma is not null && GammaGammaModel.LeftOutNote(histories) is { } leftOutNote) notes.Add(leftOutNote);
        if (gammaGamma is not null && double.IsNaN(gammaGamma.PopulationMeanSpend))
            notes.Add(new(FormattableString.Invariant($"The Gamma-Gamma fit has q = {gammaGamma.Parameters.Q:0.###} ≤ 1, so the population's mean spend is undefined: customers without a repeat purchase have no expected spend or transactional CLV (missing, not zero)."),
                $"L’ajustement Gamma-Gamma donne q\u00A0=\u00A0{NarrativeText.Number(gammaGamma.Parameters.Q, 3, true)}\u00A0≤\u00A01\u00A0: la dépense moyenne de la population n’est pas définie, donc les clients sans achat répété n’ont ni dépense attendue ni CLV transactionnelle (manquantes, pas nulles)."));
        var predictions = ProgressSteps.Run(progress, "CLV: predictions", "customers",
            () => CustomerLifetimeValue.Predict(bgNbd, gammaGamma, histories, settings.ClvHorizon, settings.AnnualDiscountRate, settings.ClvTimeUnit),
            p => p.Count);
        var alive = new Dictionary<int, double>();
        var purchases = new Dictionary<int, double>();
        var clv = new Dictionary<int, double>();
        foreach (var p in predictions)
        {
            var row = table.RowOf(p.CustomerId);
            alive[row] = p.ProbabilityAlive;
            purchases[row] = p.ExpectedPurchases;
            clv[row] = p.Clv;
        }
        var withoutOrders = table.RowCount - predictions.Count;
        if (withoutOrders > 0)
            notes.Add(new($"{withoutOrders} customer(s) have no order on or before the as-of date; their transactional CLV is missing, not zero.",
                $"{NarrativeText.Number(withoutOrders, 0, true)} client(s) sans commande à la date de référence ou avant\u00A0: leur CLV transactionnelle est manquante, pas nulle."));
        return new TransactionalClv(bgNbd.Parameters, gammaGamma?.Parameters, alive, purchases, clv);
    }
}
