using System.Globalization;
using SegmentationKit.Profiling;

namespace SegmentationKit.Reports;

/// <summary>Every word the reports print, in English and French. Keys are English identifiers; a
/// missing key is a programming error caught by the tests, which check both languages.</summary>
public sealed class ReportStrings
{
    private static readonly Dictionary<string, (string En, string Fr)> Table = new(StringComparer.Ordinal)
    {
        ["segment_report"] = ("Segment report", "Rapport de segment"),
        ["portfolio_overview"] = ("Portfolio overview", "Vue d’ensemble du portefeuille"),
        ["method"] = ("Method", "Méthode"),
        ["pair"] = ("{0}: {1}", "{0}\u00A0: {1}"),
        ["as_of"] = ("As of {0}", "Au {0}"),
        ["no_as_of"] = ("No as-of date", "Sans date de référence"),
        ["page_of"] = ("Page {0} of {1}", "Page {0} sur {1}"),
        ["confidential"] = ("Confidential — {0} internal use only", "Confidentiel — usage interne {0}"),
        ["customers"] = ("Customers", "Clients"),
        ["of_base"] = ("{0} of the base", "{0} de la base"),
        ["arr"] = ("Active ARR", "ARR actif"),
        ["of_arr"] = ("{0} of all active ARR", "{0} de l’ARR actif total"),
        ["active_customers"] = ("{0} active", "{0} actifs"),
        ["arr_lost"] = ("ARR lost to churn", "ARR perdu (attrition)"),
        ["arr_lost_detail"] = ("{0} of the segment's ARR", "{0} de l’ARR du segment"),
        ["arr_at_risk"] = ("ARR at risk", "ARR à risque"),
        ["arr_at_risk_detail"] = ("active ARR × churn rate, a year", "ARR actif × taux d’attrition, sur un an"),
        ["lost_short"] = ("Lost to churn", "Perdu (attrition)"),
        ["overview_totals_note"] = ("Active ARR counts the {0} customers still active on {1} (of {2}); ARR lost to churn is what the churned customers paid.",
            "L’ARR actif compte les {0} clients encore actifs au {1} (sur {2}) ; l’ARR perdu est ce que payaient les clients partis."),
        ["churn"] = ("Churn", "Attrition"),
        ["vs_base"] = ("{0} the base rate", "{0} le taux de la base"),
        ["base_rate"] = ("base {0}", "base {0}"),
        ["clv"] = ("Lifetime value", "Valeur vie client"),
        ["clv_saas"] = ("mean SaaS CLV", "CLV SaaS moyenne"),
        ["clv_subscription"] = ("mean subscription CLV (sBG)", "CLV d’abonnement moyenne (sBG)"),
        ["clv_transactional"] = ("mean 1-year CLV", "CLV moyenne à 1 an"),
        ["nps"] = ("NPS", "NPS"),
        ["nps_answers"] = ("{0} answered", "{0} de réponses"),
        ["engagement"] = ("Feature adoption", "Adoption des fonctions"),
        ["tenure"] = ("Tenure", "Ancienneté"),
        ["months"] = ("{0} months", "{0} mois"),
        ["mean_tenure"] = ("mean, all customers", "moyenne, tous clients"),
        ["no_customers"] = ("no customers in the segment", "aucun client dans le segment"),
        ["not_available"] = ("not in the data", "absent des données"),
        ["who_they_are"] = ("Who they are", "Qui sont-ils"),
        ["who_they_are_note"] = ("Traits over-represented vs the base: at least 1.1× as common (lift = segment share ÷ base share) and significant",
            "Traits surreprésentés par rapport à la base : au moins 1,1 fois plus fréquents (lift = part du segment ÷ part de la base) et significatifs"),
        ["no_traits"] = ("No trait is over-represented: none is both 1.1× as common as in the base and significant.",
            "Aucun trait n’est surreprésenté : aucun n’est à la fois 1,1 fois plus fréquent que dans la base et significatif."),
        ["share_vs_base"] = ("{0} vs {1}", "{0} contre {1}"),
        ["how_they_behave"] = ("How they behave", "Comment ils se comportent"),
        ["how_they_behave_note"] = ("Mean of each measure vs the base, in base standard deviations; solid bars are significant; a bar past the axis ends in an arrow",
            "Moyenne de chaque mesure par rapport à la base, en écarts-types de la base ; barres pleines : significatif ; une barre au-delà de l’axe finit par une flèche"),
        ["no_behaviour"] = ("No numeric measure to compare.", "Aucune mesure numérique à comparer."),
        ["nps_mix"] = ("Promoters, passives and detractors", "Promoteurs, passifs et détracteurs"),
        ["promoters"] = ("Promoters", "Promoteurs"),
        ["passives"] = ("Passives", "Passifs"),
        ["detractors"] = ("Detractors", "Détracteurs"),
        ["segment"] = ("Segment", "Segment"),
        ["base"] = ("Base", "Base"),
        ["what_to_do"] = ("What to do", "Que faire"),
        ["coverage_model"] = ("Coverage model", "Modèle de couverture"),
        ["touch_level"] = ("Touch", "Contact"),
        ["expertise"] = ("Expertise", "Expertise"),
        ["csm_profile"] = ("CSM profile", "Profil CSM"),
        ["coverage_share"] = ("Applies to {0} of the segment's customers", "S’applique à {0} des clients du segment"),
        ["play"] = ("Play", "Plan d’action"),
        ["play_why"] = ("Chosen for this segment's situation: {0}.", "Choisi selon la situation du segment : {0}."),
        ["coverage_actions"] = ("Coverage model's actions", "Actions du modèle de couverture"),
        ["accounts"] = ("Accounts to look at", "Comptes à regarder"),
        ["accounts_note"] = ("The segment's largest active accounts by {0}, those showing a warning sign first", "Les plus grands comptes actifs du segment par {0}, ceux qui montrent un signal d’alerte d’abord"),
        ["account"] = ("Account", "Compte"),
        ["warning_signs"] = ("Warning signs", "Signaux d’alerte"),
        ["no_sign"] = ("none", "aucun"),
        ["sign_detractor"] = ("detractor (NPS 0–6)", "détracteur (NPS 0–6)"),
        ["sign_low_usage"] = ("low usage", "usage faible"),
        ["sign_low_adoption"] = ("low feature adoption", "faible adoption"),
        ["sign_many_tickets"] = ("many support tickets", "nombreux tickets de support"),
        ["revenue"] = ("Revenue", "Chiffre d’affaires"),
        ["by_arr"] = ("ARR", "ARR"),
        ["by_revenue"] = ("revenue", "chiffre d’affaires"),
        ["no_coverage"] = ("No coverage model applies to this segment; act on the traits and behaviour above.",
            "Aucun modèle de couverture ne s’applique à ce segment ; agir selon les traits et comportements ci-dessus."),
        ["method_note"] = ("Method and data", "Méthode et données"),
        ["definition"] = ("Definition", "Définition"),
        ["data_source"] = ("Data source", "Source des données"),
        ["counts"] = ("Counts", "Effectifs"),
        ["counts_text"] = ("{0} customers in the segment, {1} in the base; churn on {2}, active ARR on the {3} active customers, NPS on {4} answers.",
            "{0} clients dans le segment, {1} dans la base ; attrition sur {2}, ARR actif sur les {3} clients actifs, NPS sur {4} réponses."),
        ["significance"] = ("Significance", "Significativité"),
        ["significance_text"] = ("Welch's two-sample t-test (two-sided) of each segment against the rest of the base, Bonferroni-corrected over all segment × feature tests at the family-wise level α = {0}.",
            "Test t de Welch (bilatéral) de chaque segment contre le reste de la base, corrigé de Bonferroni sur l’ensemble des tests segment × variable au risque global α = {0}."),
        ["notes"] = ("Notes", "Remarques"),
        ["all_segments"] = ("All segments", "Tous les segments"),
        ["share"] = ("Share", "Part"),
        ["arr_share"] = ("ARR share", "Part ARR"),
        ["mean_clv"] = ("Mean CLV", "CLV moyenne"),
        ["churn_vs_base"] = ("vs base", "× base"),
        ["churn_by_segment"] = ("Churn by segment", "Attrition par segment"),
        ["snake"] = ("Segment profiles", "Profils des segments"),
        ["snake_note"] = ("Each segment's mean of each measure, in base standard deviations from the base mean (snake plot); numbers as in the table",
            "Moyenne de chaque mesure par segment, en écarts-types de la base autour de sa moyenne ; numéros comme dans le tableau"),
        ["size_vs_value"] = ("Size versus value", "Taille et valeur"),
        ["size_vs_value_note"] = ("Share of customers (horizontal) against share of active ARR (vertical), each bubble centred on its values; bubble area = customers",
            "Part des clients (horizontal) et part de l’ARR actif (vertical), chaque bulle centrée sur ses valeurs ; aire des bulles = clients"),
        ["share_of_customers"] = ("Share of customers", "Part des clients"),
        ["share_of_arr"] = ("Share of active ARR", "Part de l’ARR actif"),
        ["models_run"] = ("Models compared", "Modèles comparés"),
        ["segments"] = ("Segments", "Segments"),
        ["non_empty_segments"] = ("Non-empty segments", "Segments non vides"),
        ["smallest"] = ("Smallest", "Plus petit"),
        ["largest"] = ("Largest", "Plus grand"),
        ["balance"] = ("Size balance", "Équilibre"),
        ["churn_explained"] = ("Churn explained", "Attrition expliquée"),
        ["arr_explained"] = ("ARR explained", "ARR expliqué"),
        ["agreement"] = ("Agreement between models", "Accord entre modèles"),
        ["agreement_text"] = ("{0} and {1}: adjusted Rand index {2}, normalised mutual information {3}.",
            "{0} et {1} : indice de Rand ajusté {2}, information mutuelle normalisée {3}."),
        ["migration"] = ("Migration matrix", "Matrice de migration"),
        ["migration_note"] = ("Customers by segment in {0} (rows) and in {1} (columns)", "Clients par segment dans {0} (lignes) et dans {1} (colonnes)"),
        ["one_run"] = ("One model was run; run several to compare them.", "Un seul modèle ; en exécuter plusieurs pour les comparer."),
        ["run_title"] = ("{0}: {1} segments, {2} customers", "{0} : {1} segments, {2} clients"),
        ["run_title_empty"] = ("{0}: {1} segments ({3} empty), {2} customers", "{0} : {1} segments (dont {3} vide(s)), {2} clients"),
        ["total"] = ("Total", "Total"),
        ["more_rows"] = ("(continued)", "(suite)"),
        ["tracking_heading"] = ("What moved since {0}", "Ce qui a bougé depuis le {0}"),
        ["tracking_one_snapshot_heading"] = ("What moved since the last snapshot", "Ce qui a bougé depuis le dernier instantané"),
        ["tracking_one_snapshot"] = ("The series has one snapshot: nothing to compare yet.", "La série n’a qu’un instantané : rien à comparer encore."),
        ["tracking_refit"] = ("{0} snapshots from {1} to {2}, each segmented on the data known at its date.",
            "{0} instantanés du {1} au {2}, chacun segmenté sur les données connues à sa date."),
        ["tracking_frozen"] = ("{0} snapshots from {1} to {2}; the model fitted at {1} assigns every date, so a move is the customer's, not the model's.",
            "{0} instantanés du {1} au {2} ; le modèle ajusté au {1} affecte chaque date : un changement vient du client, pas du modèle."),
        ["tracking_summary"] = ("{0} of the {1} customers present at both dates stayed in their segment; {2} new customers came in and {3} churned or left.",
            "{0} des {1} clients présents aux deux dates sont restés dans leur segment ; {2} nouveaux clients sont arrivés et {3} sont partis."),
        ["tracking_then"] = ("Then", "Avant"),
        ["tracking_now"] = ("Now", "Maintenant"),
        ["tracking_stayed"] = ("Stayed", "Restés"),
        ["tracking_in"] = ("From other segments", "Venus d’autres segments"),
        ["tracking_new"] = ("New", "Nouveaux"),
        ["tracking_out"] = ("To other segments", "Vers d’autres segments"),
        ["tracking_left"] = ("Churned or gone", "Perdus"),
        ["tracking_table_note"] = ("Active customers (signed up and not churned) at {0} and at {1}; stayed is the share of the segment's customers at {0} still in it.",
            "Clients actifs (inscrits et non partis) au {0} et au {1} ; « restés » est la part des clients du segment au {0} qui y sont encore."),
        ["tracking_matrix"] = ("From segment to segment, {0} → {1}", "D’un segment à l’autre, {0} → {1}"),
        ["tracking_matrix_note"] = ("Customers present at both dates: segment at the earlier date (rows) and at the later (columns)",
            "Clients présents aux deux dates : segment à la date antérieure (lignes) et à la date suivante (colonnes)"),
        ["tracking_flows"] = ("Flows across the {0} snapshots", "Les flux sur les {0} instantanés"),
        ["tracking_flows_note"] = ("Customers present at two successive dates, from their segment at one date to their segment at the next; a band's width is the number of customers (darker: stayed in the segment). Segments too small to name are in the table above.",
            "Clients présents à deux dates successives, de leur segment à une date à leur segment à la suivante ; la largeur d’une bande est le nombre de clients (plus foncée : resté dans le segment). Les segments trop petits pour être nommés figurent dans le tableau ci-dessus."),
        ["tracking_sizes"] = ("Active customers by snapshot", "Clients actifs par instantané"),
        ["tracking_arr"] = ("Active ARR by snapshot", "ARR actif par instantané"),
    };

    private readonly bool _french;

    public ReportStrings(CultureInfo culture) => _french = culture.TwoLetterISOLanguageName == "fr";

    /// <summary>A segment name the kit generated, in the report's language (see <see cref="KitTerms.SegmentName"/>).</summary>
    public string SegmentName(string name) => KitTerms.SegmentName(name, _french);

    /// <summary>A column in words: "weekly active users" / "utilisateurs actifs par semaine".</summary>
    public string Column(string column) => KitTerms.ColumnLabel(column, _french);

    /// <summary>A category value the kit knows (billing periods); data values stay as written.</summary>
    public string Category(string value) => KitTerms.Category(value, _french);

    /// <summary>The coverage model's touch level, expertise and CSM profile, and its actions.</summary>
    public string Touch(string level) => KitTerms.TouchLevel(level, _french);

    public string Expertise(string expertise) => _french ? KitTerms.Expertise(expertise, true) : expertise;

    public string CsmProfile(string profile) => KitTerms.CsmProfile(profile, _french);

    public string Action(string action) => KitTerms.Action(action, _french);

    /// <summary>A segment definition the kit generated, in the report's language.</summary>
    public string Definition(string definition) => KitTerms.Definition(definition, _french);

    /// <summary>A profile note in the report's language.</summary>
    public string Note(LocalisedText note) => _french ? note.Fr : note.En;

    /// <summary>A text the kit wrote in both languages, in the report's.</summary>
    public string Of(LocalisedText text) => _french ? text.Fr : text.En;

    /// <summary>Every key of the table, for the completeness tests.</summary>
    public static IReadOnlyCollection<string> Keys => Table.Keys;

    /// <summary>The text of <paramref name="key"/> in the report's language, with arguments filled in.</summary>
    public string this[string key, params object[] args]
    {
        get
        {
            if (!Table.TryGetValue(key, out var pair)) throw new KeyNotFoundException($"no report string '{key}'");
            var text = _french ? pair.Fr : pair.En;
            return args.Length == 0 ? text : string.Format(CultureInfo.InvariantCulture, text, args);
        }
    }
}
