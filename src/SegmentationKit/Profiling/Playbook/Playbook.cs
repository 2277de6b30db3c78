using SegmentationKit.Segmenters.Configuration;

namespace SegmentationKit.Profiling.Playbook;

/// <summary>An ordered list of plays: a segment gets the first play whose conditions its
/// <see cref="SegmentSituation"/> meets. The default plays are listed in docs/profiles-and-clv.md;
/// a YAML file can replace plays by id, add its own before them, or drop them.</summary>
public sealed class Playbook
{
    public Playbook(IReadOnlyList<Play> plays) => Plays = plays.ToArray();

    public IReadOnlyList<Play> Plays { get; }

    /// <summary>The first play that fits <paramref name="situation"/>, or null when none does.</summary>
    public Play? Choose(SegmentSituation situation) => Plays.FirstOrDefault(p => p.When.Matches(situation));

    /// <summary>The play for a segment, with the coverage model's fit checked against it.</summary>
    public PlayRecommendation? Recommend(SegmentProfile segment, SegmentProfile all)
    {
        if (segment.Customers == 0) return null;
        var situation = SegmentSituation.Of(segment, all);
        var play = Choose(situation);
        return play is null ? null : new PlayRecommendation(play.Id, play.Name, situation.Describe(), play.Actions, CoverageNote(play, segment.Coverage));
    }

    /// <summary>Less than half the segment in the coverage model's most common cell, or that cell
    /// below the play's minimum touch: the coverage should not be applied to the whole segment.</summary>
    private static LocalisedText? CoverageNote(Play play, CoverageRecommendation? coverage)
    {
        if (coverage is null) return null;
        var cell = $"{coverage.TouchLevel} touch, {coverage.CsmProfile} CSM";
        var cellFr = $"contact {KitTerms.TouchLevel(coverage.TouchLevel, true)}, CSM {KitTerms.CsmProfile(coverage.CsmProfile, true)}";
        if (coverage.ShareOfSegment < 0.5)
            return new LocalisedText(
                $"The coverage model splits this segment: its most common cell ({cell}) fits only {NarrativeText.Percent(coverage.ShareOfSegment, false)} of the customers, so set coverage account by account.",
                $"Le modèle de couverture répartit ce segment\u00A0: sa cellule la plus fréquente ({cellFr}) ne concerne que {NarrativeText.Percent(coverage.ShareOfSegment, true)} des clients, la couverture se décide donc compte par compte.");
        if (play.MinTouch is { } min && TouchRank(coverage.TouchLevel) < TouchRank(min))
            return new LocalisedText(
                $"The coverage model puts most of this segment in {cell}, below the {min} touch this play calls for: review these accounts' potential scores before applying it.",
                $"Le modèle de couverture place l’essentiel de ce segment en {cellFr}, en deçà du contact {KitTerms.TouchLevel(min, true)} que demande ce plan d’action\u00A0: revoir le score de potentiel de ces comptes avant de l’appliquer.");
        return null;
    }

    private static int TouchRank(string touch) => touch.ToLowerInvariant() switch { "high" => 3, "mid" => 2, "low" => 1, _ => 0 };

    private static LocalisedText T(string en, string fr) => new(en, fr);

    /// <summary>The kit's default plays, in the order they are tried (the table in docs/profiles-and-clv.md).</summary>
    public static Playbook Default { get; } = new(
    [
        new("win_back_high_value", T("Save and win back high-value accounts", "Sauver et reconquérir les comptes à forte valeur"),
            new(Value: ["high"], Risk: ["high"]),
            [
                T("Executive-sponsor call with each account on the list below within two weeks", "Appel d’un sponsor de la direction à chaque compte de la liste ci-dessous sous deux semaines"),
                T("A save plan per renewal, owned by a senior CSM", "Un plan de sauvegarde par renouvellement, porté par un CSM senior"),
                T("Root-cause review of recent churn with product and support", "Analyse des causes des départs récents avec le produit et le support"),
            ], MinTouch: "High"),
        new("win_back_lapsed", T("Win back lapsed customers", "Reconquérir les clients partis"),
            new(Lapsed: true),
            [
                T("Time-limited win-back offer to recent leavers", "Offre de reconquête limitée dans le temps pour les départs récents"),
                T("Exit survey to learn why they left", "Enquête de départ pour comprendre pourquoi ils sont partis"),
                T("Automated re-engagement rather than costly high-touch effort", "Relance automatisée plutôt qu’un suivi individuel coûteux"),
            ]),
        new("reduce_churn", T("Reduce churn", "Réduire l’attrition"),
            new(Risk: ["high"]),
            [
                T("Health alerts and a retention call when usage drops", "Alertes de santé et appel de rétention quand l’usage baisse"),
                T("Fix the top support issues of this segment", "Traiter les principaux sujets de support de ce segment"),
                T("Re-onboard on the features they do not use", "Réaccompagner sur les fonctionnalités qu’ils n’utilisent pas"),
                T("Win-back offer to the accounts that left in the past year", "Offre de reconquête pour les comptes partis depuis un an"),
            ]),
        new("onboard_new", T("Onboard to first value", "Accompagner jusqu’à la première valeur"),
            new(New: true),
            [
                T("Guided onboarding to first value within 30 days", "Accompagnement guidé vers une première valeur en 30 jours"),
                T("Check-ins at 30, 60 and 90 days", "Points de contact à 30, 60 et 90 jours"),
                T("Track activation weekly", "Suivi hebdomadaire de l’activation"),
            ]),
        new("protect_and_expand", T("Protect and expand", "Protéger et développer"),
            new(Value: ["high"]),
            [
                T("Senior CSM or account team, with quarterly business reviews", "CSM senior ou équipe de compte, avec revues trimestrielles"),
                T("Advocacy: references, case studies, customer advisory board", "Recommandation : références, études de cas, comité clients"),
                T("Expansion: multi-year renewals and the modules they do not use yet", "Développement : renouvellements pluriannuels et modules non encore utilisés"),
            ], MinTouch: "High"),
        new("drive_adoption", T("Drive adoption", "Développer l’usage"),
            new(Engagement: ["low"]),
            [
                T("Adoption campaign on the key features", "Campagne d’adoption sur les fonctionnalités clés"),
                T("In-app guides and webinars", "Guides intégrés au produit et webinaires"),
                T("Usage review before each renewal", "Revue d’usage avant chaque renouvellement"),
            ]),
        new("grow_engaged", T("Grow engaged accounts", "Développer les comptes engagés"),
            new(Engagement: ["high"]),
            [
                T("Upsell to the next plan where usage nears its limits", "Montée en gamme quand l’usage approche des limites du plan"),
                T("Seat and module expansion offers", "Offres d’extension de licences et de modules"),
            ]),
        new("serve_efficiently", T("Serve efficiently", "Servir efficacement"),
            new(Value: ["low"]),
            [
                T("Pooled, digital customer success: automated nurture, webinars, community", "Customer success mutualisé et digital : parcours automatisés, webinaires, communauté"),
                T("Self-service help and in-product guidance", "Aide en libre-service et guidage dans le produit"),
            ]),
        new("maintain", T("Maintain", "Maintenir"),
            new(),
            [
                T("Regular health monitoring", "Suivi régulier de la santé des comptes"),
                T("Quarterly check-in with the largest accounts", "Point trimestriel avec les plus grands comptes"),
            ]),
    ]);

    /// <summary>Reads a playbook from YAML: <c>plays:</c> a list of plays (<c>id</c>, <c>name</c>,
    /// <c>when</c>, <c>actions</c>, optional <c>min_touch</c>), where a text is a string or
    /// <c>{ en: …, fr: … }</c> and <c>when</c> holds <c>value</c>, <c>risk</c>, <c>engagement</c>
    /// (a level or a list of levels), <c>lapsed</c> and <c>new</c> (true or false). A play whose id is a
    /// default play's replaces it in place; other plays are tried before the defaults; with
    /// <c>defaults: false</c> only the file's plays are used.</summary>
    public static Playbook FromConfig(ConfigNode node)
    {
        node.AllowOnly("plays", "defaults");
        var own = node.Required("plays").Items().Select(ReadPlay).ToList();
        var duplicate = own.GroupBy(p => p.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw node.Required("plays").Error($"play '{duplicate.Key}' is listed twice", "give each play its own id");
        if (node.Optional("defaults") is { } d && !d.Boolean()) return new Playbook(own);
        var byId = own.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var added = own.Where(p => Default.Plays.All(x => x.Id != p.Id));
        return new Playbook([.. added, .. Default.Plays.Select(p => byId.GetValueOrDefault(p.Id, p))]);
    }

    private static Play ReadPlay(ConfigNode item)
    {
        item.AllowOnly("id", "name", "when", "actions", "min_touch");
        var when = item.Optional("when");
        when?.AllowOnly("value", "risk", "engagement", "lapsed", "new");
        var condition = new PlayCondition(
            Levels(when?.Optional("value"), PlayCondition.ValueLevels),
            Levels(when?.Optional("risk"), PlayCondition.RiskLevels),
            when?.Optional("lapsed")?.Boolean(),
            when?.Optional("new")?.Boolean(),
            Levels(when?.Optional("engagement"), PlayCondition.EngagementLevels));
        var actions = item.Required("actions").Items().Select(Text).ToList();
        if (actions.Count == 0) throw item.Required("actions").Error("a play needs at least one action", "list what to do");
        string? minTouch = null;
        if (item.Optional("min_touch") is { } t)
        {
            var text = t.Text().ToLowerInvariant();
            if (TouchRank(text) == 0) throw t.Error($"'{t.Text()}' is not a touch level", "write high, mid or low");
            minTouch = char.ToUpperInvariant(text[0]) + text[1..];
        }
        return new Play(item.Required("id").Text(), Text(item.Required("name")), condition, actions, minTouch);
    }

    private static IReadOnlyList<string>? Levels(ConfigNode? node, IReadOnlyList<string> allowed)
    {
        if (node is null) return null;
        var levels = (node.IsSequence ? node.Texts() : [node.Text()]).Select(l => l.ToLowerInvariant()).ToList();
        foreach (var l in levels)
            if (!allowed.Contains(l))
                throw node.Error($"'{l}' is not a level here", $"write one of {string.Join(", ", allowed)}");
        return levels;
    }

    private static LocalisedText Text(ConfigNode node)
    {
        if (node.IsScalar) return new LocalisedText(node.Text(), node.Text());
        node.AllowOnly("en", "fr");
        var en = node.Required("en").Text();
        return new LocalisedText(en, node.Optional("fr")?.Text() ?? en);
    }
}
