namespace SegmentationKit.Profiling;

/// <summary>The kit's own vocabulary in the reader's language: column labels, category values,
/// coverage-model terms and actions, and the segment names the kit generates. Narratives and
/// reports both read it, so a word is translated once. Anything a user wrote stays as written.</summary>
public static class KitTerms
{
    /// <summary>A column in words: weekly_active_users → "weekly active users" / "utilisateurs actifs par semaine".</summary>
    public static string ColumnLabel(string column, bool french) => (column, french) switch
    {
        ("industry", false) => "industry", ("industry", true) => "secteur",
        ("plan", false) => "plan", ("plan", true) => "offre",
        ("country", false) => "country", ("country", true) => "pays",
        ("region", false) => "region", ("region", true) => "région",
        ("arr", _) => "ARR",
        ("mrr", _) => "MRR",
        ("employees", false) => "employees", ("employees", true) => "effectif",
        ("seats", false) => "seats", ("seats", true) => "licences",
        ("modules_subscribed", false) => "modules subscribed", ("modules_subscribed", true) => "modules souscrits",
        ("modules_available", false) => "modules available", ("modules_available", true) => "modules disponibles",
        ("weekly_active_users", false) => "weekly active users", ("weekly_active_users", true) => "utilisateurs actifs par semaine",
        ("logins_per_week", false) => "logins per week", ("logins_per_week", true) => "connexions par semaine",
        ("feature_adoption", false) => "feature adoption", ("feature_adoption", true) => "adoption des fonctionnalités",
        ("support_tickets", false) => "support tickets", ("support_tickets", true) => "tickets de support",
        ("nps", _) => "NPS",
        ("trial", false) => "trial", ("trial", true) => "essai",
        ("trial_converted", false) => "trial converted", ("trial_converted", true) => "essai converti",
        ("churned", false) => "churned", ("churned", true) => "résilié",
        ("first_tool_of_kind", false) => "first tool of its kind", ("first_tool_of_kind", true) => "premier outil du genre",
        ("team_size", false) => "team size", ("team_size", true) => "taille de l’équipe",
        ("module_complexity", false) => "module complexity", ("module_complexity", true) => "complexité des modules",
        ("billing_period", false) => "billing", ("billing_period", true) => "facturation",
        _ when column.StartsWith("need_", StringComparison.Ordinal) => Need(column["need_".Length..], french),
        _ => column.Replace('_', ' '),
    };

    private static string Need(string need, bool french) => french
        ? "besoin " + need switch
        {
            "reporting" => "de reporting",
            "automation" => "d’automatisation",
            "integrations" => "d’intégrations",
            "collaboration" => "de collaboration",
            "compliance" => "de conformité",
            "analytics" => "d’analyse",
            "mobile_access" => "d’accès mobile",
            _ => need.Replace('_', ' '),
        }
        : need.Replace('_', ' ') + " need";

    /// <summary>A category value in the reader's language where the kit knows it (billing periods,
    /// coverage levels); other values are data and stay as written.</summary>
    public static string Category(string value, bool french) => !french ? value : value switch
    {
        "monthly" => "mensuelle",
        "annual" => "annuelle",
        "quarterly" => "trimestrielle",
        _ => value,
    };

    /// <summary>Coverage wording: "High-touch, Senior expert CSM, business expertise" /
    /// "contact élevé, CSM expert senior, expertise métier".</summary>
    public static string Coverage(CoverageRecommendation c, bool french) => french
        ? $"contact {TouchLevel(c.TouchLevel, true)}, CSM {CsmProfile(c.CsmProfile, true).ToLowerInvariant()}, expertise {Expertise(c.Expertise, true)}"
        : $"{c.TouchLevel}-touch, {c.CsmProfile} CSM, {c.Expertise.ToLowerInvariant()} expertise";

    /// <summary>A CSM profile of the coverage model: "Senior expert" / "Expert senior".</summary>
    public static string CsmProfile(string profile, bool french) => !french ? profile : profile switch
    {
        "Senior expert" => "Expert senior",
        "Growth" => "Croissance",
        _ => profile,
    };

    /// <summary>An expertise of the coverage model: "Business" / "métier".</summary>
    public static string Expertise(string expertise, bool french) => !french ? expertise : expertise switch
    {
        "Product" => "produit",
        "Business" => "métier",
        "Technical" => "technique",
        _ => expertise.ToLowerInvariant(),
    };

    /// <summary>A touch level of the coverage model: "High" / "élevé" (French pages say "contact
    /// élevé", never the English "high touch").</summary>
    public static string TouchLevel(string level, bool french) => !french ? level : level switch
    {
        "High" => "élevé",
        "Mid" => "intermédiaire",
        "Low" => "faible",
        _ => level,
    };

    /// <summary>An action of the default coverage table in French; a user's own actions stay as written.</summary>
    public static string Action(string action, bool french) => !french ? action : action switch
    {
        "Automated onboarding and nurture programmes" => "Onboarding automatisé et programmes de nurturing",
        "Webinars" => "Webinaires",
        "Adoption plan with the key users" => "Plan d’adoption avec les utilisateurs clés",
        "Quarterly usage review" => "Revue d’usage trimestrielle",
        "Sector roadmap and regulatory watch" => "Feuille de route sectorielle et veille réglementaire",
        "Executive business reviews" => "Revues d’affaires avec la direction",
        "Process consulting on advanced modules" => "Conseil sur les processus des modules avancés",
        "Named account team" => "Équipe de compte dédiée",
        "Architecture and integration reviews" => "Revues d’architecture et d’intégration",
        "Expansion review: seats and modules" => "Revue d’expansion\u00A0: licences et modules",
        "Success plan" => "Plan de succès",
        "Half-yearly review" => "Revue semestrielle",
        _ => action,
    };

    /// <summary>The name of a segment in the reader's language, for the names the kit itself gives:
    /// the RFM segment tables, value tiers, the default coverage plan and generated cluster names
    /// ("High logins per week, low support tickets"). Names a user wrote stay as written.</summary>
    public static string SegmentName(string name, bool french)
    {
        if (!french) return name;
        var known = name switch
        {
            "Champions" => "Champions",
            "Loyal Customers" => "Clients fidèles",
            "Potential Loyalist" => "Fidèles potentiels",
            "New Customers" => "Nouveaux clients",
            "Promising" => "Prometteurs",
            "Need Attention" => "À surveiller",
            "About To Sleep" => "Bientôt inactifs",
            "At Risk" => "À risque",
            "Can't Lose Them" => "À ne pas perdre",
            "Hibernating" => "En hibernation",
            "Lost" => "Perdus",
            "Others" => "Autres",
            "Other" => "Autres",
            "No purchase in window" => "Aucun achat sur la période",
            "Large" => "Grands comptes",
            "Medium" => "Comptes moyens",
            "Small" => "Petits comptes",
            "No value" or "Value missing" => "Valeur manquante",
            "No answer" => "Sans réponse",
            "Low-touch · Growth" => "Low touch · Croissance",
            "Mid-touch · Adoption" => "Mid touch · Adoption",
            "High-touch · Sector expert" => "High touch · Expert sectoriel",
            "High-touch · Consultant" => "High touch · Consultant",
            "High-touch · Enterprise" => "High touch · Grands comptes",
            "Mid-touch · Expansion" => "Mid touch · Expansion",
            "Mid-touch · Standard" => "Mid touch · Standard",
            _ => null,
        };
        if (known is not null) return known;
        // Crossed segments join their parts' names with " · ".
        if (name.Contains(" · ", StringComparison.Ordinal))
            return string.Join(" · ", name.Split(" · ").Select(part => SegmentName(part, true)));
        return GeneratedClusterName(name) ?? name;
    }

    /// <summary>"High weekly active users, low support tickets" → "Plus d’utilisateurs actifs par
    /// semaine, moins de tickets de support", when every part is a high/low of a known column.</summary>
    private static string? GeneratedClusterName(string name)
    {
        var parts = name.Split(", ");
        var french = new List<string>();
        foreach (var part in parts)
        {
            var words = part.Split(' ', 2);
            if (words.Length != 2) return null;
            var more = words[0].Equals("high", StringComparison.OrdinalIgnoreCase);
            if (!more && !words[0].Equals("low", StringComparison.OrdinalIgnoreCase)) return null;
            var column = KnownColumns.FirstOrDefault(c => ColumnLabel(c, false).Equals(words[1], StringComparison.OrdinalIgnoreCase));
            if (column is null) return null;
            var label = ColumnLabel(column, true);
            var de = "aeiouyhéèêàâîôû".Contains(char.ToLowerInvariant(label[0])) ? "d’" : "de ";
            french.Add((more ? "plus " : "moins ") + de + label);
        }
        var text = string.Join(", ", french);
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    private static readonly string[] KnownColumns =
    [
        "industry", "plan", "country", "region", "arr", "mrr", "employees", "seats", "modules_subscribed", "modules_available",
        "weekly_active_users", "logins_per_week", "feature_adoption", "support_tickets", "nps", "trial", "trial_converted",
        "churned", "first_tool_of_kind", "team_size", "module_complexity", "billing_period",
        "need_reporting", "need_automation", "need_integrations", "need_collaboration", "need_compliance", "need_analytics", "need_mobile_access",
    ];

    /// <summary>A segment definition the kit generated, in the reader's language: the fixed phrases
    /// ("no rule matched", "Gaussian mixture component 2 of 5", "industry in {Retail, Food}");
    /// formulas (R 4–5, arr ≥ 32964) read the same in both languages and stay as written.</summary>
    public static string Definition(string definition, bool french)
    {
        if (!french) return definition;
        var fixedPhrase = definition switch
        {
            "no rule matched" => "aucune règle ne s’applique",
            "value missing" => "valeur manquante",
            "frequency = 0 in the window" => "fréquence = 0 sur la période",
            "merged small cells" => "petites cellules regroupées",
            _ => null,
        };
        if (fixedPhrase is not null) return fixedPhrase;
        var cluster = System.Text.RegularExpressions.Regex.Match(definition, @"^(Gaussian mixture component|Ward cluster|k-prototypes cluster|k-means cluster) (\d+) of (\d+)$");
        if (cluster.Success)
        {
            var what = cluster.Groups[1].Value switch
            {
                "Gaussian mixture component" => "composante {0} sur {1} du mélange gaussien",
                "Ward cluster" => "groupe {0} sur {1} (Ward)",
                "k-prototypes cluster" => "groupe {0} sur {1} (k-prototypes)",
                _ => "groupe {0} sur {1} (k-means)",
            };
            return string.Format(System.Globalization.CultureInfo.InvariantCulture, what, cluster.Groups[2].Value, cluster.Groups[3].Value);
        }
        return definition.Replace(" in {", " parmi {", StringComparison.Ordinal);
    }
}
