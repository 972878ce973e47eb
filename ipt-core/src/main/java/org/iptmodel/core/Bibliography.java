package org.iptmodel.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The works the library relies on, each a {@link Reference} with a stable key.
 *
 * <p>Every number and rule of the library that comes from the literature names its works here:
 * the catalogue protocols ({@link Protocol#references()}), instruments
 * ({@link Instrument#references()}), ranking rules and flags, deviation codes and safety flags.
 * JSON documents carry the keys; {@link #find(String)} turns a key back into its work.
 *
 * <pre>{@code
 * for (Reference work : Protocol.brief().references()) {
 *     System.out.println(work.citation());
 * }
 * Bibliography.find("frank-1991").map(Reference::title);
 * }</pre>
 *
 * <p>This class holds constants only; it is immutable and thread-safe.
 */
public final class Bibliography {

    /** Weissman, Markowitz and Klerman, <i>The Guide to Interpersonal Psychotherapy</i> (2018). */
    public static final Reference WEISSMAN_2018 = Reference.builder("weissman-2018")
            .authors("Weissman MM, Markowitz JC, Klerman GL")
            .year(2018)
            .title("The Guide to Interpersonal Psychotherapy")
            .publishedIn("Oxford University Press, New York")
            .details("updated and expanded edition")
            .doi("10.1093/med-psych/9780190662592.001.0001")
            .note("DOI not confirmed")
            .build();

    /** Weissman, Markowitz and Klerman, <i>Comprehensive Guide to Interpersonal Psychotherapy</i> (2000). */
    public static final Reference WEISSMAN_2000 = Reference.builder("weissman-2000")
            .authors("Weissman MM, Markowitz JC, Klerman GL")
            .year(2000)
            .title("Comprehensive Guide to Interpersonal Psychotherapy")
            .publishedIn("Basic Books, New York")
            .build();

    /** Klerman, Weissman, Rounsaville and Chevron, <i>Interpersonal Psychotherapy of Depression</i> (1984). */
    public static final Reference KLERMAN_1984 = Reference.builder("klerman-1984")
            .authors("Klerman GL, Weissman MM, Rounsaville BJ, Chevron ES")
            .year(1984)
            .title("Interpersonal Psychotherapy of Depression")
            .publishedIn("Basic Books, New York")
            .build();

    /** Markowitz and Weissman's review of IPT in <i>Focus</i> (2006). */
    public static final Reference MARKOWITZ_2006 = Reference.builder("markowitz-2006")
            .authors("Markowitz JC, Weissman MM")
            .year(2006)
            .title("Interpersonal psychotherapy")
            .publishedIn("Focus")
            .details("4(2):179-184")
            .doi("10.1176/foc.4.2.179")
            .note("authors, title and last page not confirmed; the DOI gives the volume, issue and first page."
                    + " The article may reprint Markowitz and Weissman, Interpersonal psychotherapy: principles and"
                    + " applications, World Psychiatry 2004;3(3):136-139")
            .build();

    /** Markowitz and Swartz, case formulation in IPT of depression, a chapter of Eells's handbook (1997). */
    public static final Reference MARKOWITZ_1997 = Reference.builder("markowitz-1997")
            .authors("Markowitz JC, Swartz HA")
            .year(1997)
            .title("Case formulation in interpersonal psychotherapy of depression")
            .publishedIn("In: Eells TD, editor, Handbook of Psychotherapy Case Formulation, Guilford Press, New York")
            .details("p. 192-222")
            .note("authors, year, editor, publisher and pages not confirmed")
            .build();

    /** Stuart and Robertson, <i>Interpersonal Psychotherapy: A Clinician's Guide</i>, 2nd edition (2012). */
    public static final Reference STUART_2012 = Reference.builder("stuart-2012")
            .authors("Stuart S, Robertson M")
            .year(2012)
            .title("Interpersonal Psychotherapy: A Clinician's Guide")
            .publishedIn("Hodder Arnold, London")
            .details("2nd edition")
            .doi("10.1201/b13443")
            .note("publisher of the 2nd edition and DOI not confirmed. Hodder Arnold (London) published the 1st"
                    + " edition (2003); CRC Press (Taylor & Francis, Boca Raton) reissued the book as an e-book, and"
                    + " chapters of an edition are found under the DOI 10.1201/b13643, so 10.1201/b13443 may belong to"
                    + " the other edition")
            .build();

    /** International Society of Interpersonal Psychotherapy, <i>Key IPT strategies</i> (web page). */
    public static final Reference ISIPT_STRATEGIES = Reference.builder("isipt-strategies")
            .authors("International Society of Interpersonal Psychotherapy")
            .year(2024)
            .title("Key IPT strategies")
            .publishedIn("interpersonalpsychotherapy.org")
            .url("https://interpersonalpsychotherapy.org/ipt-basics/key-ipt-strategies")
            .note("web page; the year is the year it was consulted; title and address not confirmed")
            .build();

    /** IPT UK, <i>Stages of IPT</i> (web page). */
    public static final Reference IPTUK_STAGES = Reference.builder("iptuk-stages")
            .authors("IPT UK")
            .year(2024)
            .title("Stages of IPT")
            .publishedIn("iptuk.net")
            .url("https://www.iptuk.net/stages-of-ipt.html")
            .note("web page; the year is the year it was consulted")
            .build();

    /** Swartz, Frank, Shear, Thase, Fleming and Scott, the pilot study of brief IPT (IPT-B) among women (2004). */
    public static final Reference SWARTZ_2004 = Reference.builder("swartz-2004")
            .authors("Swartz HA, Frank E, Shear MK, Thase ME, Fleming MA, Scott J")
            .year(2004)
            .title("A pilot study of brief interpersonal psychotherapy for depression among women")
            .publishedIn("Psychiatric Services")
            .details("55(4):448-450")
            .doi("10.1176/appi.ps.55.4.448")
            .note("author list not confirmed")
            .build();

    /** Swartz, Grote and Graham, the overview and review of evidence of brief IPT (IPT-B) (2014). */
    public static final Reference SWARTZ_2014 = Reference.builder("swartz-2014")
            .authors("Swartz HA, Grote NK, Graham P")
            .year(2014)
            .title("Brief interpersonal psychotherapy (IPT-B): overview and review of evidence")
            .publishedIn("American Journal of Psychotherapy")
            .details("68(4):443-462")
            .doi("10.1176/appi.psychotherapy.2014.68.4.443")
            .build();

    /** IPT Institute, <i>IPT brief treatment</i> (IPT-B) (web page). */
    public static final Reference IPT_INSTITUTE_BRIEF = Reference.builder("ipt-institute-brief")
            .authors("IPT Institute")
            .year(2024)
            .title("IPT brief treatment")
            .publishedIn("iptinstitute.com")
            .url("https://iptinstitute.com/ipt-brief-treatment/")
            .note("web page; the year is the year it was consulted; title and address not confirmed")
            .build();

    /** IPT Institute, <i>Maintenance IPT</i> (IPT-M) (web page). */
    public static final Reference IPT_INSTITUTE_MAINTENANCE = Reference.builder("ipt-institute-maintenance")
            .authors("IPT Institute")
            .year(2024)
            .title("Maintenance IPT")
            .publishedIn("iptinstitute.com")
            .url("https://iptinstitute.com/about-ipt/maintenance-ipt/")
            .note("web page; the year is the year it was consulted; title and address not confirmed")
            .build();

    /** Mufson, Dorta, Moreau and Weissman, <i>Interpersonal Psychotherapy for Depressed Adolescents</i> (2004). */
    public static final Reference MUFSON_2004 = Reference.builder("mufson-2004")
            .authors("Mufson L, Dorta KP, Moreau D, Weissman MM")
            .year(2004)
            .title("Interpersonal Psychotherapy for Depressed Adolescents")
            .publishedIn("Guilford Press, New York")
            .details("2nd edition")
            .build();

    /** Wilfley et al., <i>Interpersonal Psychotherapy for Group</i> (2000), the group format for binge eating. */
    public static final Reference WILFLEY_2000 = Reference.builder("wilfley-2000")
            .authors("Wilfley DE, MacKenzie KR, Welch RR, Ayres VE, Weissman MM")
            .year(2000)
            .title("Interpersonal Psychotherapy for Group")
            .publishedIn("Basic Books, New York")
            .note("authors after Wilfley DE and MacKenzie KR, year, publisher and place not confirmed")
            .build();

    /** Bolton et al., the randomized trial of group IPT for depression in rural Uganda, <i>JAMA</i> (2003). */
    public static final Reference BOLTON_2003 = Reference.builder("bolton-2003")
            .authors("Bolton P, Bass J, Neugebauer R, Verdeli H, Clougherty KF, Wickramaratne P, Speelman L,"
                    + " Ndogoni L, Weissman M")
            .year(2003)
            .title("Group interpersonal psychotherapy for depression in rural Uganda: a randomized controlled trial")
            .publishedIn("JAMA")
            .details("289(23):3117-3124")
            .doi("10.1001/jama.289.23.3117")
            .build();

    /** World Health Organization, <i>Group Interpersonal Therapy (IPT) for Depression</i> (2016). */
    public static final Reference WHO_2016 = Reference.builder("who-2016")
            .authors("World Health Organization")
            .year(2016)
            .title("Group Interpersonal Therapy (IPT) for Depression")
            .publishedIn("World Health Organization, Geneva")
            .details("WHO generic field-trial version 1.0, Series on Low-Intensity Psychological Interventions 3,"
                    + " WHO/MSD/MER/16.4")
            .url("https://apps.who.int/iris/handle/10665/250219")
            .note("the address is the manual's record in the WHO repository (IRIS handle 10665/250219); a page"
                    + " https://www.who.int/publications/i/item/WHO-MSD-MER-16.4 could not be confirmed")
            .build();

    /** NICE guideline NG222, <i>Depression in adults: treatment and management</i> (2022). */
    public static final Reference NICE_2022 = Reference.builder("nice-2022")
            .authors("National Institute for Health and Care Excellence")
            .year(2022)
            .title("Depression in adults: treatment and management")
            .publishedIn("National Institute for Health and Care Excellence, London")
            .details("NICE guideline NG222, published 29 June 2022")
            .url("https://www.nice.org.uk/guidance/ng222")
            .note("place of publication not confirmed")
            .build();

    /** Klerman et al., the first trial of interpersonal counselling (IPC), <i>Medical Care</i> (1987). */
    public static final Reference KLERMAN_1987 = Reference.builder("klerman-1987")
            .authors("Klerman GL, Budman S, Berwick D, Weissman MM, Damico-White J, Demby A, Feldstein M")
            .year(1987)
            .title("Efficacy of a brief psychosocial intervention for symptoms of stress and distress among"
                    + " patients in primary care")
            .publishedIn("Medical Care")
            .details("25(11):1078-1088")
            .doi("10.1097/00005650-198711000-00006")
            .note("authors, title, volume, issue, pages and DOI not confirmed")
            .build();

    /** Weissman et al., interpersonal counselling (IPC) for depression in primary care (2014). */
    public static final Reference WEISSMAN_2014 = Reference.builder("weissman-2014")
            .authors("Weissman MM, Hankerson SH, Scorza P, Olfson M, Verdeli H, Shea S, Lantigua R, Wainberg M")
            .year(2014)
            .title("Interpersonal counseling (IPC) for depression in primary care")
            .publishedIn("American Journal of Psychotherapy")
            .details("68(4):359-383")
            .doi("10.1176/appi.psychotherapy.2014.68.4.359")
            .build();

    /** Frank et al., the consensus definitions of remission, recovery, relapse and recurrence (1991). */
    public static final Reference FRANK_1991 = Reference.builder("frank-1991")
            .authors("Frank E, Prien RF, Jarrett RB, Keller MB, Kupfer DJ, Lavori PW, Rush AJ, Weissman MM")
            .year(1991)
            .title("Conceptualization and rationale for consensus definitions of terms in major depressive"
                    + " disorder: remission, recovery, relapse, and recurrence")
            .publishedIn("Archives of General Psychiatry")
            .details("48(9):851-855")
            .doi("10.1001/archpsyc.1991.01810330075011")
            .build();

    /** Frank et al., three-year outcomes of maintenance therapies (monthly maintenance IPT) (1990). */
    public static final Reference FRANK_1990 = Reference.builder("frank-1990")
            .authors("Frank E, Kupfer DJ, Perel JM, Cornes C, Jarrett DB, Mallinger AG, Thase ME, McEachran AB,"
                    + " Grochocinski VJ")
            .year(1990)
            .title("Three-year outcomes for maintenance therapies in recurrent depression")
            .publishedIn("Archives of General Psychiatry")
            .details("47(12):1093-1099")
            .doi("10.1001/archpsyc.1990.01810240013002")
            .note("author list not confirmed")
            .build();

    /** Frank et al., the trial of weekly, twice-monthly and monthly maintenance IPT (2007). */
    public static final Reference FRANK_2007 = Reference.builder("frank-2007")
            .authors("Frank E, Kupfer DJ, Buysse DJ, Swartz HA, Pilkonis PA, Houck PR, Rucci P, Novick DM,"
                    + " Grochocinski VJ, Stapf DM")
            .year(2007)
            .title("Randomized trial of weekly, twice-monthly, and monthly interpersonal psychotherapy as"
                    + " maintenance treatment for women with recurrent depression")
            .publishedIn("American Journal of Psychiatry")
            .details("164(5):761-767")
            .doi("10.1176/ajp.2007.164.5.761")
            .build();

    /** Kroenke, Spitzer and Williams, the PHQ-9 (2001). */
    public static final Reference KROENKE_2001 = Reference.builder("kroenke-2001")
            .authors("Kroenke K, Spitzer RL, Williams JBW")
            .year(2001)
            .title("The PHQ-9: validity of a brief depression severity measure")
            .publishedIn("Journal of General Internal Medicine")
            .details("16(9):606-613")
            .doi("10.1046/j.1525-1497.2001.016009606.x")
            .build();

    /** Beck, Steer and Brown, the manual of the BDI-II (1996). */
    public static final Reference BECK_1996 = Reference.builder("beck-1996")
            .authors("Beck AT, Steer RA, Brown GK")
            .year(1996)
            .title("Manual for the Beck Depression Inventory-II")
            .publishedIn("Psychological Corporation, San Antonio, TX")
            .build();

    /** Hamilton, the rating scale for depression (1960). */
    public static final Reference HAMILTON_1960 = Reference.builder("hamilton-1960")
            .authors("Hamilton M")
            .year(1960)
            .title("A rating scale for depression")
            .publishedIn("Journal of Neurology, Neurosurgery, and Psychiatry")
            .details("23(1):56-62")
            .doi("10.1136/jnnp.23.1.56")
            .build();

    /** Zimmerman et al., severity classification on the HAM-D (2013). */
    public static final Reference ZIMMERMAN_2013 = Reference.builder("zimmerman-2013")
            .authors("Zimmerman M, Martinez JH, Young D, Chelminski I, Dalrymple K")
            .year(2013)
            .title("Severity classification on the Hamilton Depression Rating Scale")
            .publishedIn("Journal of Affective Disorders")
            .details("150(2):384-388")
            .doi("10.1016/j.jad.2013.04.028")
            .build();

    /** Reeves et al., response and remission cut-points on the BDI-II (2012). */
    public static final Reference REEVES_2012 = Reference.builder("reeves-2012")
            .authors("Reeves GM, Rohan KJ, Langenberg P, Snitker S, Postolache TT")
            .year(2012)
            .title("Calibration of response and remission cut-points on the Beck Depression Inventory-Second"
                    + " Edition for monitoring seasonal affective disorder treatment outcomes")
            .publishedIn("Journal of Affective Disorders")
            .details("138(1-2):123-127")
            .doi("10.1016/j.jad.2011.12.003")
            .build();

    /** Riedel et al., response and remission criteria in major depression (2010). */
    public static final Reference RIEDEL_2010 = Reference.builder("riedel-2010")
            .authors("Riedel M, Möller HJ, Obermeier M, Schennach-Wolff R, Bauer M, Adli M, Kronmüller K,"
                    + " Nickel T, Brieger P, Laux G, Bender W, Heuser I, Zeiler J, Gaebel W, Seemüller F")
            .year(2010)
            .title("Response and remission criteria in major depression: a validation of current practice")
            .publishedIn("Journal of Psychiatric Research")
            .details("44(15):1063-1068")
            .doi("10.1016/j.jpsychires.2010.03.006")
            .build();

    /** MN Community Measurement, the quality measure NQF 0710 <i>Depression Remission at Twelve Months</i>. */
    public static final Reference NQF_0710 = Reference.builder("nqf-0710")
            .authors("MN Community Measurement")
            .year(2016)
            .title("Depression Remission at Twelve Months")
            .publishedIn("Centers for Medicare & Medicaid Services, Baltimore, MD")
            .details("NQF 0710, eCQM CMS159v5")
            .url("https://qpp.cms.gov/docs/ecqm-specs/2017/EC_CMS159v5_NQF0710_Dep_Rem_12/CMS159v5.html")
            .note("steward and developer MN Community Measurement, endorsed by the National Quality Forum (as the"
                    + " CMS159 specifications state); the year is that of the CMS159v5 specification, for 2017"
                    + " reporting; the year of the first endorsement and the place of publication not confirmed."
                    + " Adults with major depression or dysthymia and an index PHQ-9 score above 9; remission is a"
                    + " PHQ-9 score below 5 twelve months (+/- 30 days) after the index visit. From CMS159v8 the"
                    + " measure also covers adolescents and allows +/- 60 days")
            .build();

    private static final List<Reference> ALL = List.of(WEISSMAN_2018, WEISSMAN_2000, KLERMAN_1984, MARKOWITZ_2006,
            MARKOWITZ_1997, STUART_2012, ISIPT_STRATEGIES, IPTUK_STAGES, SWARTZ_2004, SWARTZ_2014,
            IPT_INSTITUTE_BRIEF, IPT_INSTITUTE_MAINTENANCE, MUFSON_2004, WILFLEY_2000, BOLTON_2003, WHO_2016,
            NICE_2022, KLERMAN_1987, WEISSMAN_2014, FRANK_1991, FRANK_1990, FRANK_2007, KROENKE_2001, BECK_1996,
            HAMILTON_1960, ZIMMERMAN_2013, REEVES_2012, RIEDEL_2010, NQF_0710);

    private Bibliography() {
    }

    /**
     * Returns every work of the bibliography, in the order of this class's constants.
     *
     * @return the references, unmodifiable, with distinct keys, not null
     */
    public static List<Reference> all() {
        return ALL;
    }

    /**
     * Finds a work by its key, for example {@code "kroenke-2001"}.
     *
     * @param key the key, not null
     * @return the reference, or empty if the bibliography has no work with this key
     */
    public static Optional<Reference> find(String key) {
        Objects.requireNonNull(key, "key");
        for (Reference reference : ALL) {
            if (reference.key().equals(key)) {
                return Optional.of(reference);
            }
        }
        return Optional.empty();
    }
}
