using SegmentationKit.Data;
using static SegmentationKit.Profiling.KitTerms;
using static SegmentationKit.Profiling.NarrativeText;

namespace SegmentationKit.Profiling;

/// <summary>Writes a profile's generated name, headline and description in English and French from
/// its numbers only. The rules are deliberately simple so a reader can tell why a name was chosen:
/// a plan or industry is named when it is the majority (plan ≥ 50 %, industry ≥ 35 %) and clearly
/// over-represented (lift ≥ 1.25 and ≥ 1.5); "power users" / "light users" when the engagement
/// columns that differ significantly average at least ±0.5 base standard deviations; "loyal" /
/// "at-risk" when churn is at most 0.5× or at least 1.5× the base; "high-value" / "low-value"
/// when the ARR share is at least 2× or at most 0.4× the customer share.</summary>
internal static class NarrativeWriter
{
    public static SegmentNarrative Write(SegmentProfile p)
    {
        if (p.IsBase)
        {
            var en = "All customers";
            var fr = "Tous les clients";
            return new SegmentNarrative(new LocalisedText(en, fr),
                new LocalisedText(Headline(p, false), Headline(p, true)),
                new LocalisedText(Description(p, false), Description(p, true)));
        }
        if (p.Customers == 0)
            return new SegmentNarrative(new LocalisedText("Empty segment", "Segment vide"),
                new LocalisedText("Empty segment — no customers", "Segment vide — aucun client"),
                new LocalisedText("No customer is in this segment, so it has no KPIs.", "Aucun client n’est dans ce segment, il n’a donc pas d’indicateurs."));
        var name = Name(p);
        return new SegmentNarrative(name,
            new LocalisedText(Headline(p, false), Headline(p, true)),
            new LocalisedText(Description(p, false), Description(p, true)));
    }

    private static LocalisedText Name(SegmentProfile p)
    {
        var plan = p.Traits.FirstOrDefault(t => t.Column == CustomerColumns.Plan && t.SegmentShare >= 0.5 && t.Lift >= 1.25);
        var industry = p.Traits.FirstOrDefault(t => t.Column == CustomerColumns.Industry && t.SegmentShare >= 0.35 && t.Lift >= 1.5);
        var engagementZ = Playbook.SegmentSituation.EngagementZ(p);
        var churnRatio = p.Health.ChurnRatioToBase;
        var valueRatio = p.Value.Arr is { } arr && p.ShareOfCustomers > 0 ? arr.ShareOfBase / p.ShareOfCustomers : (double?)null;

        var (nounEn, nounFr) = engagementZ >= 0.5 ? ("power users", "Utilisateurs intensifs")
            : engagementZ <= -0.5 ? ("light users", "Utilisateurs occasionnels")
            : ("customers", "Clients");
        string? qualityEn = null, qualityFr = null;
        if (churnRatio >= 1.5) (qualityEn, qualityFr) = ("at-risk", "à risque");
        else if (churnRatio <= 0.5) (qualityEn, qualityFr) = ("loyal", "fidèles");
        else if (valueRatio >= 2) (qualityEn, qualityFr) = ("high-value", "à forte valeur");
        else if (valueRatio <= 0.4) (qualityEn, qualityFr) = ("low-value", "à faible valeur");

        if (plan is null && industry is null && qualityEn is null && nounEn == "customers")
            return new LocalisedText("Mainstream customers", "Clients dans la moyenne");

        var en = new List<string>();
        if (qualityEn is not null) en.Add(qualityEn);
        if (plan is not null) en.Add(plan.Category);
        if (industry is not null) en.Add(Industry(industry.Category, false));
        en.Add(nounEn);
        var enText = string.Join(" ", en);
        enText = char.ToUpperInvariant(enText[0]) + enText[1..];

        var fr = new List<string> { nounFr };
        if (plan is not null) fr.Add(plan.Category);
        if (qualityFr is not null) fr.Add(qualityFr);
        if (industry is not null) fr.Add(Industry(industry.Category, true));
        return new LocalisedText(enText, string.Join(" ", fr));
    }

    /// <summary>The segment's figures in one line: "12% of customers, 15% of active ARR, churn 2.6×
    /// the base". Facts only, so it can never contradict the segment's own name.</summary>
    private static string Headline(SegmentProfile p, bool french)
    {
        var parts = new List<string>();
        if (p.IsBase)
            parts.Add(french ? $"{Number(p.Customers, 0, true)} clients" : $"{Number(p.Customers, 0, false)} customers");
        else
            parts.Add(french ? $"{Percent(p.ShareOfCustomers, true)} des clients" : $"{Percent(p.ShareOfCustomers, false)} of customers");
        if (p.Value.Arr is { CustomerCount: > 0 } arr)
            parts.Add(p.IsBase
                ? (french ? $"ARR actif {Amount(arr.Sum, true)}" : $"active ARR {Amount(arr.Sum, false)}")
                : (french ? $"{Percent(arr.ShareOfBase, true)} de l’ARR actif" : $"{Percent(arr.ShareOfBase, false)} of active ARR"));
        if (p.IsBase && p.Health.ChurnRate is { CustomerCount: > 0 } churn)
            parts.Add(french ? $"attrition {Percent(churn.Value, true)}" : $"churn {Percent(churn.Value, false)}");
        else if (p.Health.ChurnRate is { CustomerCount: > 0, Value: 0 })
            parts.Add(french ? "aucune attrition" : "no churn");
        else if (p.Health.ChurnRatioToBase is { } ratio)
            parts.Add(french ? $"attrition {Ratio(ratio, true)} celle de la base" : $"churn {Ratio(ratio, false)} the base");
        var text = string.Join(", ", parts);
        return char.ToUpper(text[0], french ? System.Globalization.CultureInfo.GetCultureInfo("fr-FR") : System.Globalization.CultureInfo.InvariantCulture) + text[1..];
    }

    private static string Description(SegmentProfile p, bool french)
    {
        var sentences = new List<string>();
        var who = french
            ? (p.IsBase ? $"{Number(p.Customers, 0, true)} clients au total" : $"{Number(p.Customers, 0, true)} clients, soit {Percent(p.ShareOfCustomers, true)} de la base")
            : (p.IsBase ? $"{Number(p.Customers, 0, false)} customers in all" : $"{Number(p.Customers, 0, false)} customers, {Percent(p.ShareOfCustomers, false)} of the base");
        if (p.Value.Arr is { CustomerCount: > 0 } arr)
            who += french
                ? (p.IsBase ? $", pour un ARR actif de {Amount(arr.Sum, true)} (moyenne {Amount(arr.Mean, true)}, médiane {Amount(arr.Median, true)} par client actif)"
                            : $", qui portent {Percent(arr.ShareOfBase, true)} de l’ARR actif (moyenne {Amount(arr.Mean, true)}, médiane {Amount(arr.Median, true)} par client actif)")
                : (p.IsBase ? $", with an active ARR of {Amount(arr.Sum, false)} (mean {Amount(arr.Mean, false)}, median {Amount(arr.Median, false)} per active customer)"
                            : $", holding {Percent(arr.ShareOfBase, false)} of active ARR (mean {Amount(arr.Mean, false)}, median {Amount(arr.Median, false)} per active customer)");
        if (p.Value.ArrLostToChurn is { CustomerCount: > 0 } lost && lost.Sum > 0)
            who += french
                ? $" ; {Amount(lost.Sum, true)} d’ARR ont été perdus par attrition"
                : $"; {Amount(lost.Sum, false)} of ARR was lost to churn";
        sentences.Add(who + ".");

        var health = new List<string>();
        if (p.Health.ChurnRate is { CustomerCount: > 0 } churn)
            health.Add(churn.Value == 0
                ? (french ? "un taux d’attrition nul" : "no churn")
                : p.Health.ChurnRatioToBase is { } ratio && !p.IsBase
                ? (french ? $"un taux d’attrition de {Percent(churn.Value, true)} ({Ratio(ratio, true)} celui de la base)"
                          : $"a churn rate of {Percent(churn.Value, false)} ({Ratio(ratio, false)} the base)")
                : (french ? $"un taux d’attrition de {Percent(churn.Value, true)}" : $"a churn rate of {Percent(churn.Value, false)}"));
        if (p.Health.Nps is { CustomerCount: > 0 } nps)
            health.Add(french
                ? $"un NPS de {Signed(nps.NetPromoterScore, 0, true)} ({Percent(nps.AnswerRate, true)} de répondants)"
                : $"an NPS of {Signed(nps.NetPromoterScore, 0, false)} ({Percent(nps.AnswerRate, false)} answered)");
        if (p.Value.ShownClv() is { } clv)
            health.Add(p.Value.ClvShown == "subscription_sbg"
                ? (french ? $"une valeur vie client d’abonnement moyenne de {Amount(clv.Mean, true)}" : $"a mean subscription lifetime value of {Amount(clv.Mean, false)}")
                : (french ? $"une valeur vie client moyenne de {Amount(clv.Mean, true)}" : $"a mean lifetime value of {Amount(clv.Mean, false)}"));
        if (health.Count > 0)
            sentences.Add(french ? $"Ils affichent {List(health, true)}." : $"They show {List(health, false)}.");

        var traits = p.OverRepresentedTraits().Where(t => t.SegmentShare >= 0.3).Take(3)
            .Select(t => french
                ? $"{ColumnLabel(t.Column, true)} {Category(t.Category, true)} ({Percent(t.SegmentShare, true)}, {Ratio(t.Lift, true)} la base)"
                : $"{ColumnLabel(t.Column, false)} {t.Category} ({Percent(t.SegmentShare, false)}, {Ratio(t.Lift, false)} the base)")
            .ToList();
        if (traits.Count > 0)
            sentences.Add(french ? $"Surreprésentés{Nbsp}: {List(traits, true)}." : $"Over-represented: {List(traits, false)}.");

        var features = p.NumericDifferences.Where(d => d.IsSignificant && Math.Abs(d.StandardisedDifference) >= 0.2)
            .OrderByDescending(d => Math.Abs(d.StandardisedDifference)).ThenBy(d => d.Column, StringComparer.Ordinal).Take(3)
            .Select(d => french
                ? $"{ColumnLabel(d.Column, true)} {Signed(d.StandardisedDifference, 1, true)}{Nbsp}{(Math.Abs(Math.Round(d.StandardisedDifference, 1)) >= 2 ? "écarts-types" : "écart-type")}"
                : $"{ColumnLabel(d.Column, false)} {Signed(d.StandardisedDifference, 1, false)} SD")
            .ToList();
        if (features.Count > 0)
            sentences.Add(french ? $"Ce qui les distingue{Nbsp}: {List(features, true)} par rapport à la base."
                                 : $"They stand out on {List(features, false)} against the base.");

        return string.Join(" ", sentences);
    }
}
