using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SegmentationKit.Profiling;

/// <summary>A transactional CLV run: the fitted BG/NBD and (with monetary values) Gamma-Gamma
/// models and the per-customer predictions over the horizon. Times are in <see cref="Unit"/>.</summary>
/// <param name="Horizon">Prediction horizon, in <see cref="Unit"/>.</param>
/// <param name="AnnualDiscountRate">Annual discount rate of the CLV (0.10 = 10 % a year).</param>
/// <param name="Notes">What the reader must know: e.g. why spend was not modelled.</param>
public sealed record ClvResult(
    ClvTimeUnit Unit,
    double Horizon,
    double AnnualDiscountRate,
    BgNbdParameters BgNbd,
    GammaGammaParameters? GammaGamma,
    IReadOnlyList<ClvPrediction> Predictions,
    IReadOnlyList<string> Notes)
{
    /// <summary>Fits both models on <paramref name="customers"/> and predicts every customer.
    /// Gamma-Gamma is fitted only when the summaries carry monetary values; when it cannot be fitted
    /// (fewer than two repeat buyers with a positive spend) the purchase predictions are still given
    /// and <see cref="Notes"/> says why spend and CLV are missing.</summary>
    public static ClvResult Compute(IReadOnlyList<PurchaseHistory> customers, ClvTimeUnit unit, double horizon, double annualDiscountRate)
    {
        var bgNbd = BgNbdModel.Fit(customers);
        var notes = new List<string>();
        var hasMonetary = customers.Any(c => c.Frequency > 0 && !double.IsNaN(c.MonetaryValue));
        GammaGammaModel? gammaGamma = null;
        if (!hasMonetary) notes.Add("No monetary values: expected spend and CLV are not computed.");
        else
        {
            try
            {
                gammaGamma = GammaGammaModel.Fit(customers);
            }
            catch (Errors.ModelException e)
            {
                notes.Add($"Expected spend and CLV are not computed: {e.Message}");
            }
        }
        if (gammaGamma is not null && GammaGammaModel.LeftOutNote(customers) is { } leftOut) notes.Add(leftOut.En);
        if (gammaGamma is not null && double.IsNaN(gammaGamma.PopulationMeanSpend))
            notes.Add(FormattableString.Invariant($"Gamma-Gamma q = {gammaGamma.Parameters.Q:0.###} ≤ 1: the population's mean spend is undefined, so customers without a repeat purchase have no expected spend or CLV."));
        var predictions = CustomerLifetimeValue.Predict(bgNbd, gammaGamma, customers, horizon, annualDiscountRate, unit);
        return new ClvResult(unit, horizon, annualDiscountRate, bgNbd.Parameters, gammaGamma?.Parameters, predictions, notes);
    }

    /// <summary>The content of <c>clv-params.json</c>: <c>bgnbd</c> {r, alpha, a, b, log_likelihood}
    /// (total over customers, the paper's form), <c>gamma_gamma</c> {p, q, v} when fitted, and the
    /// settings of the run.</summary>
    public string ParamsJson() => JsonSerializer.Serialize(new ParamsFile(
        new BgNbdFile(BgNbd.R, BgNbd.Alpha, BgNbd.A, BgNbd.B, BgNbd.LogLikelihood),
        GammaGamma is null ? null : new GammaGammaFile(GammaGamma.P, GammaGamma.Q, GammaGamma.V),
        Unit, Horizon, AnnualDiscountRate, BgNbd.CustomerCount, GammaGamma?.CustomerCount), FileOptions);

    /// <summary>The content of <c>clv.csv</c>: <c>customer_id,p_alive,expected_purchases,expected_average_spend,clv</c>,
    /// invariant culture, empty cells where there is no monetary value.</summary>
    public string PredictionsCsv() => IO.SpreadsheetCsvWriter.ToText(csv =>
    {
        csv.Header("customer_id", "p_alive", "expected_purchases", "expected_average_spend", "clv");
        foreach (var p in Predictions)
            csv.Text(p.CustomerId).Number(p.ProbabilityAlive).Number(p.ExpectedPurchases).Number(p.ExpectedAverageSpend).Number(p.Clv).EndRow();
    });

    private static readonly JsonSerializerOptions FileOptions = new(SegmentationJson.Options)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private sealed record ParamsFile(
        [property: JsonPropertyName("bgnbd")] BgNbdFile Bgnbd,
        GammaGammaFile? GammaGamma,
        ClvTimeUnit Unit,
        double Horizon,
        double AnnualDiscountRate,
        int Customers,
        int? GammaGammaCustomers);

    private sealed record BgNbdFile(double R, double Alpha, double A, double B, double LogLikelihood);

    private sealed record GammaGammaFile(double P, double Q, double V);
}
