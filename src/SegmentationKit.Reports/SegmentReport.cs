using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using SegmentationKit.Profiling;
using SegmentationKit.Reports.Layout;

namespace SegmentationKit.Reports;

/// <summary>The one- to two-page executive report on one segment, composed only from its
/// <see cref="SegmentProfile"/> and the base's: title, KPI tiles, who they are, how they behave,
/// what to do, and a method and data note.</summary>
public sealed class SegmentReport
{
    private readonly PortfolioProfile _portfolio;
    private readonly SegmentProfile _segment;
    private readonly ReportOptions _options;

    public SegmentReport(PortfolioProfile portfolio, SegmentProfile segment, ReportOptions options)
    {
        _portfolio = portfolio;
        _segment = segment;
        _options = options;
    }

    /// <summary>Boxes drawn by the last <see cref="Write"/>, for overflow checks.</summary>
    public IReadOnlyList<DrawnBox> Boxes { get; private set; } = [];

    /// <summary>Number of pages of the last <see cref="Write"/>.</summary>
    public int PageCount { get; private set; }

    /// <summary>Writes the PDF to <paramref name="stream"/>.</summary>
    public void Write(Stream stream)
    {
        var culture = _options.Culture.Name;
        var s = _segment;
        var b = _portfolio.Base;
        var strings = new ReportStrings(_options.Culture);
        var name = strings.SegmentName(s.Name);
        var (document, c, T, F) = ReportDocument.Start(_options, name, s.Narrative.Headline.For(culture), _portfolio.AsOf);
        var root = document.Outlines.Add(name, c.Page, true);

        // Title block.
        c.Y += c.Text(T["segment_report"].ToUpperInvariant(), new XRect(c.Left, c.Y, c.Width, 12), c.Font(8, bold: true), c.Theme.Accent);
        c.Y += c.Text(name, new XRect(c.Left, c.Y, c.Width, 78), c.Font(22, family: WpFontResolver.Semibold), c.Theme.Ink, maxLines: 3, minSize: 12) + 2;
        c.Y += c.Text(s.Narrative.Headline.For(culture), new XRect(c.Left, c.Y, c.Width, 28), c.Font(10.5), c.Theme.Ink, maxLines: 2, minSize: 8);
        var meta = T["pair", T["method"], _portfolio.Method] + "  ·  " + (_portfolio.AsOf is { } d ? T["as_of", F.Date(d)] : T["no_as_of"])
            + $"  ·  {F.Count(s.Customers)} {T["customers"].ToLower(_options.Culture)}";
        c.Y += c.Text(meta, new XRect(c.Left, c.Y, c.Width, 13), c.Font(8.5), c.Theme.Muted) + 10;

        Blocks.Tiles(c, Tiles(T, F), perRow: 4);

        c.Heading(T["who_they_are"], 80, root);
        c.Paragraph(T["who_they_are_note"], 8, c.Theme.Muted);
        var traits = s.OverRepresentedTraits(7);
        if (traits.Count == 0) c.Paragraph(T["no_traits"]);
        else
            Charts.LiftBars(c, traits.Select(t => (T["pair", T.Column(t.Column), T.Category(t.Category)], t.Lift, F.Ratio(t.Lift),
                T["share_vs_base", F.Percent(t.SegmentShare), F.Percent(t.BaseShare)])).ToList());

        c.Heading(T["how_they_behave"], 90, root);
        c.Paragraph(T["how_they_behave_note"], 8, c.Theme.Muted);
        var differences = s.NumericDifferences.Where(n => double.IsFinite(n.StandardisedDifference))
            .OrderByDescending(n => Math.Abs(n.StandardisedDifference)).ThenBy(n => n.Column, StringComparer.Ordinal).Take(8).ToList();
        if (differences.Count == 0) c.Paragraph(T["no_behaviour"]);
        else
            Charts.DivergingBars(c, differences.Select(n => (T.Column(n.Column), n.StandardisedDifference,
                (n.StandardisedDifference >= 0 ? "+" : "") + F.Number(n.StandardisedDifference, 2) + " σ", n.IsSignificant)).ToList());
        if (s.Health.Nps is { CustomerCount: > 0 } nps && b.Health.Nps is { } baseNps)
        {
            c.EnsureSpace(70);
            c.Text(T["nps_mix"], new XRect(c.Left, c.Y, c.Width, 12), c.Font(8.5, bold: true), c.Theme.Ink);
            c.Y += 14;
            Charts.Distribution(c,
                [(T["segment"], [nps.PromoterShare, nps.PassiveShare, nps.DetractorShare]),
                 (T["base"], [baseNps.PromoterShare, baseNps.PassiveShare, baseNps.DetractorShare])],
                [T["promoters"], T["passives"], T["detractors"]], [c.Theme.Good, c.Theme.Neutral, c.Theme.Bad], F.Percent);
        }

        c.Heading(T["what_to_do"], 60, root);
        c.Paragraph(s.Narrative.Description.For(culture));
        if (s.Play is { } play)
        {
            c.EnsureSpace(50);
            c.Paragraph(T["pair", T["play"], T.Of(play.Name)], 10, c.Theme.Ink, bold: true);
            c.Paragraph(T["play_why", T.Of(play.Situation)], 8, c.Theme.Muted);
            Blocks.Bullets(c, play.Actions.Select(T.Of).ToList());
        }
        if (s.Coverage is { } cov)
        {
            c.EnsureSpace(40);
            c.Paragraph(T["pair", T["coverage_model"], $"{T["touch_level"]} {T.Touch(cov.TouchLevel)} · {T["expertise"]} {T.Expertise(cov.Expertise)} · {T["csm_profile"]} {T.CsmProfile(cov.CsmProfile)}"],
                9.5, c.Theme.Ink, bold: true);
            c.Paragraph(T["coverage_share", F.Percent(cov.ShareOfSegment)], 8, c.Theme.Muted);
            // The coverage cell's own actions only where the cell fits the segment as a whole.
            if (s.Play?.CoverageNote is { } caution) c.Paragraph(T.Of(caution), 9, c.Theme.Bad);
            else if (cov.Actions.Count > 0)
            {
                c.Paragraph(T["coverage_actions"], 8.5, c.Theme.Ink, bold: true);
                Blocks.Bullets(c, cov.Actions.Select(T.Action).ToList(), 9);
            }
        }
        else c.Paragraph(T["no_coverage"], 9, c.Theme.Muted);

        if (s.Accounts is { Count: > 0 } accounts)
        {
            var byArr = accounts[0].ValueMeasure == "arr";
            c.Heading(T["accounts"], 40 + accounts.Count * 14, root);
            c.Paragraph(T["accounts_note", byArr ? T["by_arr"] : T["by_revenue"]], 8, c.Theme.Muted);
            Blocks.Table(c,
                [new(T["account"], 1.4, XStringAlignment.Near), new(byArr ? T["arr"] : T["revenue"], 1.1), new(T["warning_signs"], 3.5, XStringAlignment.Near)],
                accounts.Select(a => (IReadOnlyList<string>)
                [
                    a.CustomerId, F.Money(a.Value),
                    a.WarningSigns.Count == 0 ? T["no_sign"] : string.Join(", ", a.WarningSigns.Select(sign => T["sign_" + sign])),
                ]).ToList());
        }

        c.Heading(T["method_note"], 40, root);
        Note(c, T["definition"], T.Definition(s.Definition));
        Note(c, T["data_source"], _portfolio.CustomerSource + (_portfolio.TransactionSource is { } tx ? "; " + tx : ""));
        Note(c, T["counts"], T["counts_text", F.Count(s.Customers), F.Count(b.Customers),
            F.Count(s.Health.ChurnRate?.CustomerCount ?? 0), F.Count(s.Value.ActiveCustomers ?? s.Customers), F.Count(s.Health.Nps?.CustomerCount ?? 0)]);
        Note(c, T["significance"], T["significance_text", F.Number(_portfolio.Settings.SignificanceLevel, 2)]);
        foreach (var note in _portfolio.Notes) Note(c, T["notes"], T.Note(note));

        PageCount = document.PageCount;
        ReportDocument.Save(document, c, stream);
        Boxes = c.Boxes;
    }

    private List<KpiTile> Tiles(ReportStrings T, ReportFormat F)
    {
        var s = _segment;
        var b = _portfolio.Base;
        var tiles = new List<KpiTile>
        {
            new(T["customers"], F.Count(s.Customers),
                T["of_base", F.Percent(s.ShareOfCustomers)] + (s.Value.ActiveCustomers is { } active && s.Customers > 0 ? " · " + T["active_customers", F.Count(active)] : "")),
            s.Value.Arr is { CustomerCount: > 0 } arr
                ? new KpiTile(T["arr"], F.MoneyShort(arr.Sum), T["of_arr", F.Percent(arr.ShareOfBase)], Math.Sign(Math.Round(arr.ShareOfBase - s.ShareOfCustomers, 2)))
                : new KpiTile(T["arr"], "–", T["not_available"]),
            s.Value.ArrLostToChurn is { } lost
                ? new KpiTile(T["arr_lost"], F.MoneyShort(lost.Sum), T["arr_lost_detail", F.Percent(s.Value.ChurnedArrShare ?? 0)], s.Value.ChurnedArrShare > 0.2 ? -1 : 0)
                : new KpiTile(T["arr_lost"], "–", T["not_available"]),
            s.Value.ArrAtRisk is { } atRisk
                ? new KpiTile(T["arr_at_risk"], F.MoneyShort(atRisk), T["arr_at_risk_detail"])
                : new KpiTile(T["arr_at_risk"], "–", T["not_available"]),
            s.Health.ChurnRate is { CustomerCount: > 0 } churn
                ? new KpiTile(T["churn"], F.Percent(churn.Value),
                    s.Health.ChurnRatioToBase is { } r && churn.Value > 0 ? T["vs_base", F.Ratio(r)] : T["base_rate", F.Percent(b.Health.ChurnRate?.Value ?? double.NaN)],
                    s.Health.ChurnRatioToBase is { } ratio ? (ratio > 1.1 ? -1 : ratio < 0.9 ? 1 : 0) : 0)
                : new KpiTile(T["churn"], "–", T["not_available"]),
            // The profile's rule says which CLV to show (subscription sBG, SaaS formula, transactional); the base's figure is of the same kind.
            s.Value.ShownClv() is { } clv
                ? new KpiTile(T["clv"], F.MoneyShort(clv.Mean), s.Value.ClvShown switch
                {
                    "subscription_sbg" => T["clv_subscription"] + " · " + T["base_rate", F.MoneyShort(b.Value.SubscriptionClv?.Mean ?? double.NaN)],
                    "saas_formula" => T["clv_saas"] + " · " + T["base_rate", F.MoneyShort(b.Value.SaasClv?.Mean ?? double.NaN)],
                    _ => T["clv_transactional"] + " · " + T["base_rate", F.MoneyShort(b.Value.TransactionalClv?.Mean ?? double.NaN)],
                })
                : new KpiTile(T["clv"], "–", T["not_available"]),
            s.Health.Nps is { CustomerCount: > 0 } nps
                ? new KpiTile(T["nps"], (nps.NetPromoterScore > 0 ? "+" : "") + F.Number(nps.NetPromoterScore, 0),
                    T["nps_answers", F.Percent(nps.AnswerRate)] + " · " + T["base_rate", F.Number(b.Health.Nps?.NetPromoterScore ?? double.NaN, 0)],
                    b.Health.Nps is { } bn ? Math.Sign(Math.Round((nps.NetPromoterScore - bn.NetPromoterScore) / 5)) : 0)
                : s.Health.FeatureAdoption is { CustomerCount: > 0 } fa
                    ? new KpiTile(T["engagement"], F.Percent(fa.Value), T["base_rate", F.Percent(b.Health.FeatureAdoption?.Value ?? double.NaN)])
                    : new KpiTile(T["nps"], "–", T["not_available"]),
            s.TenureMonths is { CustomerCount: > 0 } tenure
                ? new KpiTile(T["tenure"], T["months", F.Number(tenure.Value, 0)], T["mean_tenure"] + " · " + T["base_rate", F.Number(b.TenureMonths?.Value ?? double.NaN, 0)])
                : new KpiTile(T["tenure"], "–", T["not_available"]),
        };
        // An empty segment has no KPIs: say why rather than "not in the data".
        return s.Customers > 0 ? tiles
            : tiles.Select((t, i) => i == 0 || t.Value != "–" ? t : t with { Detail = T["no_customers"], Tone = 0 }).ToList();
    }

    private static void Note(ReportComposer c, string label, string text)
    {
        c.Paragraph(label + " — " + text, 8, c.Theme.Ink);
    }
}
