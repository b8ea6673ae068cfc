// Source addresses, each as given in DOMAIN.md (section in the comment). One name per address, so a
// changed address is fixed once.

/** CESEDA, consolidated text with annexe 10 (DOMAIN.md §1). */
export const ANNEXE_10 = "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006070158";
/** InfoMIE on R.431-10 / R.431-11 and annexe 10 (§1). */
export const INFOMIE_PIECES = "https://infomie.net/spip.php?article6834";
/** Isère: annexe 10 lists by code (§1). */
export const ISERE_LISTS =
  "https://www.isere.gouv.fr/Demarches/Immigration-Naturalisation/Sejour/Liste-de-pieces-justicatives/Listes-de-pieces-justificatives-Demande-de-titre-de-sejour";
/** accueil-etrangers, Algerian certificat de résidence pieces (§2). */
export const ACCUEIL_DZ =
  "http://accueil-etrangers.gouv.fr/demande-de-titre-de-sejour/vous-etes-ressortissant-e-non-europeen-ne/vous-etes-algerien/vous-etes-algerien/article/vous-demandez-un-certificat-de-50";
/** Service-public F33052 copy: proof of address (§2). */
export const ADDRESS_F33052 =
  "https://www.joinville-le-pont.fr/demarche-administrative/duplicata-de-livret-de-famille/?xml=F33052";
/** Service-public F35807 copy: change of address, 3-month wording (§2, §3.13). */
export const F35807 =
  "https://veigy-foncenex.fr/page-daccueil/services-et-demarches/services-a-la-population/elections/?xml=F35807";
/** refugies.info on the e-photo (§2). */
export const EPHOTO = "https://refugies.info/en/procedure/63528e00976acb4f7bcd37ad";
/** Electronic timbre fiscal (§2). */
export const TIMBRE =
  "https://lexcase-immigration.com/%ef%bb%bftitre-de-sejour-vers-la-dematerialisation-des-timbres-fiscaux-en-metropole";
export const TIMBRE_BUY = "https://www.titredesejour.fr/acheter-un-timbre-fiscal-pour-un-titre-de-sejour/";
/** The CER (§2). */
export const CER =
  "https://immigration.interieur.gouv.fr/fr/Immigration/Contrat-d-engagement-a-respecter-les-principes-de-la-Republique";
export const CER_DECREE = "https://legal.tricoteuses.fr/articles/JORFARTI000049989798";
/** CER exemptions and the OFII/CIR attestation (§2). */
export const CER_CIR =
  "https://www.info-droits-etrangers.org/entree-en-vigueur-du-contrat-dengagement-au-respect-des-principes-de-la-republique";
/** 2026 language and civic exam (§2). */
export const LANGUAGE_2026 =
  "https://www.bladi.net/titres-sejour-france-nouvelles-regles-des-1er-janvier-2026,118693.html";
export const LANGUAGE_2026_TEXTS =
  "https://www.lemediasocial.fr/asile-et-immigration-parution-de-nouveaux-textes-reglementaires_zpzXJ3";
/** Service-public F2209 copy: spouse of a French national, carte pluriannuelle (§3.1, §3.10). */
export const F2209 =
  "https://chapet.fr/votre-mairie/demarches-en-ligne/autres-demarches-co-marquage/?xml=F2209";
/** Préfecture list, conjoint de Français (§3.1). */
export const CONJOINT_LIST = "https://fr.scribd.com/document/503459658/Conjoint-de-Francais";
export const CONJOINT_HAUTE =
  "https://doczz.fr/doc/1697761/conjoint-de-fran%C3%A7ais---pr%C3%A9fecture-de-haute";
/** Légifrance, carte de résident section (§3.1, §3.9). */
export const CR_SECTION =
  "https://www.legifrance.gouv.fr/codes/section_lc/LEGITEXT000006070158/LEGISCTA000042801134/";
/** ANEF extended to family titres, 5 April 2023 (§3.1, §5.1). */
export const ANEF_2023 =
  "https://lemediasocial.fr/demandes-en-ligne-la-liste-des-titres-de-sejour-concernes-est-completee_5XpCod";
/** accueil-etrangers, parent of a French child (§3.2). */
export const PARENT_LIST =
  "http://accueil-etrangers.gouv.fr/demande-de-titre-de-sejour/vous-etes-ressortissant-e-non-europeen-ne/vous-etes-ressortissant-e-de-pays-tiers-non-algerien-ne/vous-etes-en-france-vous-demandez/vous-etes-devenu-e-parent-d-enfant/article/liste-des-pieces-a-fournir";
/** L.423-23 personal and family ties (§3.3). */
export const TIES_ARTICLE = "https://legal.tricoteuses.fr/articles/LEGIARTI000049998825";
export const TIES_MINISTRY =
  "https://immigration.interieur.gouv.fr/Immigration/L-immigration-familiale/Le-droit-au-sejour-au-titre-des-liens-personnels-et-familiaux";
/** Étranger malade, F17164 copies (§3.4). */
export const ILL_F17164 = "https://mamoudzou.yt/mamoudzou-moi/etat-civil/livret-de-famille?xml=F17164";
export const ILL_MEDICAL = "https://chatbot.illicoweb.com/service-public/fiche/F17164";
/** Bas-Rhin: what is still filed at the préfecture (§3.4, §3.5, §3.11). */
export const BAS_RHIN =
  "https://www.bas-rhin.gouv.fr/Actions-de-l-Etat/Delivrance-des-titres/Etrangers/Liste-des-pieces-a-fournir-pour-un-titre-de-sejour/Les-cartes-de-sejour-temporaire-et-pluriannuel";
/** Salarié / travailleur temporaire (§3.5). */
export const WORKER_FIRST =
  "https://titredesejour.fr/comment-obtenir-carte-de-sejour-salarie-travailleur-temporaire";
export const WORKER_RENEWAL = "https://legal.tricoteuses.fr/articles/JORFARTI000002082052";
export const WORKER_RENEWAL_LIST =
  "http://doczz.fr/doc/2717380/carte-de-sejour-temporaire-%C2%AB-salarie%C2%BB-ou";
/** Métiers en tension, L.435-4, until 31 Dec 2026 (§3.5). */
export const SHORTAGE = "https://www.avocat-kosseva-venzal.fr/actus-droits-des-etrangers/";
/** Étudiant (§3.6). */
export const STUDENT_FIRST =
  "https://access.ciup.fr/prefecture/etudiants/demander-une-carte-de-sejour-etudiant/";
export const STUDENT_ANEF =
  "https://science-accueil.org/dematerialisation-pour-les-demandes-de-titres-de-sejours-pour-les-etudiants";
export const STUDENT_F17279 =
  "https://sites.service-information-publique.fr/vias/guide-professionnels/F17279.html";
export const STUDENT_RENEWAL = "https://access.ciup.fr/en/?p=5653";
export const GISTI_ANEF = "https://gisti.org/spip.php?article6602";
/** Passeport talent (§3.7). */
export const TALENT =
  "https://lanorville-avocats.com/2021/02/10/le-passeport-talent-emploi-hautement-qualifie/";
export const TALENT_PAY =
  "https://www.ekie.co/fiches-pratiques/passeport-talent-mention-emploi-hautement-qualifie";
export const ANEF_ATTESTATIONS = "https://www.adelineparadeise.fr/les-attestations-du-teleservice-anef/";
/** RECE (§3.8). */
export const RECE =
  "https://access.ciup.fr/prefecture/etudiants/demander-une-autorisation-provisoire-de-sejour";
/** Carte de résident (§3.9). */
export const RESIDENT_F2208 =
  "https://pdfslide.fr/documents/carte-de-rsident-de-10-ans-dun-tranger-en-france-.html";
export const RESIDENT_EU =
  "https://africanouvelles.com/france-etranger-deja-titulaire-d-un-titre-de-sejour-5-renouvellement-e-carte-de-resident-pour-etranger-en-france-depuis-au-moins-5-ans";
export const RESIDENT_RENEWAL_ANEF =
  "https://mandyrezeaumerah.com/2024/07/03/dematerialisation-anef-des-demandes-de-renouvellement-de-cartes-de-resident";
/** AES (§3.11). */
export const AES_FORM = "https://fr.scribd.com/document/699765579/Aes";
export const AES_OISE =
  "https://www.oise.gouv.fr/Demarches/Etrangers-dans-l-Oise/Admission-exceptionnelle-au-sejour/Admission-exceptionnelle-au-sejour";
export const AES_ADVICE =
  "https://legalien.fr/2021/12/09/constituer-un-dossier-admission-exceptionnelle-au-sejour/";
/** Duplicata (§3.12). */
export const DUPLICATA_F21032 = "https://associations.gouv.fr./cheque-emploi-associatif-cea.html?xml=F21032";
export const DUPLICATA_F22312 =
  "https://greolieres.fr/greolieres-pratique/demarches-administratives/particuliers/?xml=F22312";
export const DUPLICATA_MOSELLE =
  "https://www.moselle.gouv.fr/layout/set/print/Demarches-administratives/Demarches-de-l-etranger-en-France/Titre-de-sejour-et-documents-de-voyage/Autres-demarches/Duplicata-de-titre-de-sejour-perte-vol-ou-destruction";
/** Change of address or situation (§3.13). */
export const ADDRESS_CHANGE =
  "https://alexia.fr/fiche/11673/l-obligation-pour-un-etranger-de-declarer-le-changement-d-adresse-a-la-prefecture.htm";
export const CHANGE_ANEF = "https://refugies.info/fr/demarche/6392ff59bcd2075a379203a9";
/** Protection temporaire (§3.14). */
export const PT_FIRST =
  "https://www.hauts-de-seine.gouv.fr/Demarches/Etrangers-dans-les-Hauts-de-Seine/ASILE/Protection-temporaire/Premiere-demande-de-protection-temporaire";
export const PT_CALVADOS =
  "https://www.calvados.gouv.fr/layout/set/print/Actualites/Accueil-des-deplaces-ukrainiens-dans-le-Calvados/Sejour-Protection-temporaire-IInformaciya-pro-timchasovij-zahist-u-Franciyi-Vremennaya-zaschita";
export const PT_CORSE =
  "http://haute-corse.gouv.fr/Demarches/Pour-les-particuliers/Demarches-des-etrangers/Accueil-des-Ukrainiens";
export const PT_DS = "https://www.demarches-simplifiees.fr/commencer/pref33-ukraine-protectiontemporaire";
/** Refugees and subsidiary protection (§3.15). */
export const PROTECTED_F2689 =
  "https://mairie-ladesirade.fr/services-municipaux/accueil-standard-etat-civil/article/carte-nationale-d-identite?xml=F2689";
export const OFPRA_CIVIL = "https://ofpra.gouv.fr/fr/protection-etat-civil/qu-est-ce-que-la-protection";
export const OFPRA_DECISIONS = "https://domasile.info/fr/jai-la-reponse-de-lofpra";
export const PROTECTED_FEES = "https://infomie.net/spip.php?article6837";
/** DCEM (§3.16). */
export const DCEM_F2718 = "https://hagenbach.illicoweb.com/service-public/fiche/F2718";
export const DCEM_LIST =
  "http://91.accueil-etrangers.gouv.fr/voyage-de-mineur-etranger/demander-un-document-de/liste-des-pieces-a-fournir/";
export const DCEM_TARN =
  "https://www.tarn-et-garonne.gouv.fr/layout/set/print/Publications/Autres-publications/Modalites-d-accueil-des-ressortissants-etrangers/Document-de-circulation-pour-etranger-mineur";
/** Fees (§4). */
export const FEES_2026 =
  "https://www.unafo.org/majoration-des-taxes-titre-de-sejour-impacts-de-la-loi-de-finances-2026";
export const FEES_2026_FAS =
  "https://www.federationsolidarite.org/actualites/budget-2026-hausse-des-taxes-pour-lobtention-dun-titre-de-sejour";
export const FEES_2026_DECISION =
  "https://www.lexbase.fr/index/source/131870070-decision-n-2026901-dc-du-19-fevrier-2026";
export const FEES_CESEDA =
  "https://www.doctrine.fr/l/texts/codes/LEGITEXT000006070158/articles/LEGIARTI000042776292";
export const FEES_2020 =
  "https://expat-elan.fr/rh-info-les-actualites/3397-depuis-le-2-janvier-2020-les-taxes-sur-les-titres-de-sejour-ont-evolues";
export const LATE_FEE =
  "https://vaucluse.gouv.fr/Demarches/Immigration/Demarches-et-reglementation/Deposer-une-demande-en-ligne-via-l-ANEF";
/** Deadlines (§5.2). */
export const R431_5 =
  "https://www.doctrine.fr/l/texts/codes/LEGITEXT000006070158/articles/LEGIARTI000042806998?version=LEGIARTI000043292776";
export const R431_4 =
  "https://juriblio.fr/codes/code-de-l-entree-et-du-sejour-des-etrangers-et-du-droit-d-asile/partie-reglementaire/livre-iv/titre-iii/chapitre-i/section-3";
/** Provisional documents (§5.3). */
export const R431_15_1 =
  "https://juriblio.fr/codes/code-de-l-entree-et-du-sejour-des-etrangers-et-du-droit-d-asile/partie-reglementaire/livre-iv/titre-iii/chapitre-i/section-5/sous-section-2";
export const RECEPISSE =
  "https://www.editions-legislatives.fr/actualite/demande-de-titre-de-sejour-hors-teleservice-%C2%AB-anef-%C2%BB-le-recepisse-simpose/";
/** VLS-TS validation on ANEF (§5.1). */
export const VLS_TS = "https://www.gisti.org/spip.php?article6721";
/** Local extras: 4 photos and other abusive demands (§1). */
export const LOCAL_EXTRAS =
  "https://legavox.fr/blog/plebriquir/etrangers-exemple-demandes-photographies-sont-8309.htm";
/** Passport and civil status (§1). */
export const PASSPORT_CIVIL = "http://www.infomie.net/spip.php?article1943";

/** The day these entries were last checked against DOMAIN.md and its sources. */
export const VERIFIED = "2026-11-27";
