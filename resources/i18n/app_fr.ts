<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="+140"/>
        <source>About IMILA Desk</source>
        <translation>À propos d&apos;IMILA Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare census tables on international migration for the IMILA data bank of CELADE, the Population Division of ECLAC.</source>
        <translation>Préparez les tableaux de recensement sur les migrations internationales pour la banque de données IMILA du CELADE, Division de la population de la CEPALC.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version:</source>
        <translation>Version&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IMILA schema:</source>
        <translation>Schéma IMILA&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qt:</source>
        <translation>Qt&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt for Python (PySide6):</source>
        <translation>Qt pour Python (PySide6)&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Python:</source>
        <translation>Python&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System:</source>
        <translation>Système&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence:</source>
        <translation>Licence&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Components and their licences</source>
        <translation>Composants et leurs licences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the installed versions…</source>
        <translation>Lecture des versions installées…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hover over a component to read its notice.</source>
        <translation>Survolez un composant pour lire sa notice.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the versions and licences, for a support request</source>
        <translation>Copier les versions et les licences, pour une demande d&apos;assistance</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>ArrivalsCard</name>
    <message>
        <location filename="../../app/ui/charts.py" line="+281"/>
        <source>There is no table by period of arrival yet (T04).</source>
        <translation>Il n&apos;y a pas encore de tableau par période d&apos;arrivée (T04).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Foreign-born population by period of arrival</source>
        <translation>Population née à l&apos;étranger par période d&apos;arrivée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period of arrival</source>
        <translation>Période d&apos;arrivée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before {year}</source>
        <translation>Avant {year}</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../app/ui/models.py" line="+380"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>BankWindow</name>
    <message>
        <location filename="../../app/ui/bank_window.py" line="+132"/>
        <source>IMILA data bank</source>
        <translation>Banque de données IMILA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open or create bank…</source>
        <translation>Ouvrir ou créer une banque…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add packages…</source>
        <translation>Ajouter des paquets…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packages</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emigrants of a country</source>
        <translation>Émigrés d&apos;un pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin × destination</source>
        <translation>Origine × destination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Across rounds</source>
        <translation>D&apos;une série à l&apos;autre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country of birth:</source>
        <translation>Pays de naissance :</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Round:</source>
        <translation>Série :</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>By:</source>
        <translation>Par :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destination only</source>
        <translation>destination seule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sex</source>
        <translation>sexe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sex and age</source>
        <translation>sexe et âge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>period of arrival</source>
        <translation>période d&apos;arrivée</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <location line="+2"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>By destination</source>
        <translation>Par destination</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Population pyramid</source>
        <translation>Pyramide des âges</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Matrix</source>
        <translation>Matrice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line chart</source>
        <translation>Graphique linéaire</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Destination:</source>
        <translation>Destination :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation>Exporter CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export XLSX…</source>
        <translation>Exporter XLSX…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export SDMX-CSV…</source>
        <translation>Exporter SDMX-CSV…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No bank open</source>
        <translation>Aucune banque ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+57"/>
        <source>all</source>
        <translation>toutes</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Open or create bank</source>
        <translation>Ouvrir ou créer une banque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMILA data bank (*.imilabank)</source>
        <translation>Banque de données IMILA (*.imilabank)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add packages</source>
        <translation>Ajouter des paquets</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Packages (*.zip)</source>
        <translation>Paquets (*.zip)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Package refused, the bank is unchanged</source>
        <translation>Paquet refusé, la banque est inchangée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+31"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Census</source>
        <translation>Recensement</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+31"/>
        <source>Round</source>
        <translation>Série</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Tables</source>
        <translation>Tableaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loaded</source>
        <translation>Chargé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Explanations</source>
        <translation>Explications</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>published</source>
        <translation>publié</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sum of parts</source>
        <translation>somme des parties</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flag</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country of birth</source>
        <translation>Pays de naissance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>M49</source>
        <translation>M49</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women %</source>
        <translation>% femmes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sex ratio</source>
        <translation>Rapport de masculinité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period of arrival</source>
        <translation>Période d&apos;arrivée</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Round {round}: {value} persons, {women} women, {n} destinations</source>
        <translation>Série {round} : {value} personnes, {women} femmes, {n} destinations</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
</context>
<context>
    <name>BindingsModel</name>
    <message>
        <location filename="../../app/ui/mapping_models.py" line="+577"/>
        <source>Sum over (not in IMILA)</source>
        <translation>Additionner (absent d&apos;IMILA)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out</source>
        <translation>Exclure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not bound</source>
        <translation>Non associée</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+28"/>
        <source>Sum every label</source>
        <translation>Additionner tous les libellés</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Source dimension</source>
        <translation>Variable source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IMILA dimension</source>
        <translation>Variable IMILA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total used</source>
        <translation>Total retenu</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%Ln label(s): {labels}</source>
        <translation>
            <numerusform>%Ln libellé&#xa0;: {labels}</numerusform>
            <numerusform>%Ln libellés&#xa0;: {labels}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The published total of this dimension is kept; the other labels are left out. Without one, every label is added up.</source>
        <translation>Le total publié de cette variable est conservé&#xa0;; les autres libellés sont exclus. Sans total publié, tous les libellés sont additionnés.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Total of “{dimension}”</source>
        <translation>Total de «&#xa0;{dimension}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>CellsPivotModel</name>
    <message>
        <location filename="../../app/ui/cells_view.py" line="+127"/>
        <source>The table has no such cell.</source>
        <translation>Le tableau ne contient pas cette cellule.</translation>
    </message>
</context>
<context>
    <name>CellsView</name>
    <message>
        <location line="+177"/>
        <source>Where the highlighted cells come from</source>
        <translation>Provenance des cellules surlignées</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+39"/>
        <source>Select a finding to see its cells.</source>
        <translation>Sélectionnez un constat pour voir ses cellules.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Source file: {file}</source>
        <translation>Fichier source&#xa0;: {file}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cells</source>
        <translation>Cellules</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+90"/>
        <source>Table {table}</source>
        <translation>Tableau {table}</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>{rows} down, {columns} across</source>
        <translation>{rows} en lignes, {columns} en colonnes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only {cells}</source>
        <translation>uniquement {cells}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This finding concerns the whole table: it names no particular cells.</source>
        <translation>Ce constat concerne tout le tableau&#xa0;: il ne désigne aucune cellule en particulier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the table…</source>
        <translation>Lecture du tableau…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This table is not part of the IMILA schema.</source>
        <translation>Ce tableau ne fait pas partie du schéma IMILA.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cells could not be read: {error}</source>
        <translation>Les cellules n&apos;ont pas pu être lues&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../app/ui/charts.py" line="-203"/>
        <source>Save as PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Save chart as PNG</source>
        <translation>Enregistrer le graphique en PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chart could not be saved to {path}. Choose another folder.</source>
        <translation>Le graphique n&apos;a pas pu être enregistré dans {path}. Choisissez un autre dossier.</translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message>
        <location line="+183"/>
        <source>Population pyramid</source>
        <translation>Pyramide des âges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries of birth</source>
        <translation>Pays de naissance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrivals</source>
        <translation>Arrivées</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reading the tables…</source>
        <translation>Lecture des tableaux…</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../app/ui/pages/check_page.py" line="+577"/>
        <source>Check</source>
        <translation>Contrôler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check data quality</source>
        <translation>Contrôler la qualité des données</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Errors block the export; warnings need a written explanation that travels with the package; notes are for information.</source>
        <translation>Les erreurs bloquent l&apos;exportation&#xa0;; les avertissements exigent une explication écrite jointe au paquet&#xa0;; les notes sont informatives.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run checks</source>
        <translation>Lancer les contrôles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open quality report</source>
        <translation>Ouvrir le rapport de qualité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report that goes into the package, as the data stand now</source>
        <translation>Le rapport joint au paquet, d&apos;après les données actuelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women in migration</source>
        <translation>Femmes et migration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All findings</source>
        <translation>Tous les constats</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Table:</source>
        <translation>Tableau&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tables</source>
        <translation>Tous les tableaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why are these figures right as they are? For example: the census published them this way, and the difference comes from…</source>
        <translation>Pourquoi ces chiffres sont-ils justes tels quels&#xa0;? Par exemple&#xa0;: le recensement les a publiés ainsi, et l&apos;écart vient de…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author:</source>
        <translation>Auteur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record this explanation; it travels with the package</source>
        <translation>Enregistrer cette explication&#xa0;; elle accompagne le paquet</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Running checks</source>
        <translation>Contrôles en cours</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Checking…</source>
        <translation>Contrôle en cours…</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>(%n explained)</source>
        <comment>warnings</comment>
        <translation>
            <numerusform>(%n expliqué)</numerusform>
            <numerusform>(%n expliqués)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{summary} · from the last run; the checks run again when the data change.</source>
        <translation>{summary} · du dernier passage&#xa0;; les contrôles sont relancés quand les données changent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The checks run when the data change.</source>
        <translation>Les contrôles sont relancés quand les données changent.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No finding matches this filter.</source>
        <translation>Aucun constat ne correspond à ce filtre.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found</source>
        <translation>Constaté</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex ratio</source>
        <translation>Rapport de masculinité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cells</source>
        <translation>Cellules</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>History ({n})…</source>
        <translation>Historique ({n})…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Errors cannot be explained: correct the table or its mapping.</source>
        <translation>Les erreurs ne peuvent pas être expliquées&#xa0;: corrigez le tableau ou sa correspondance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes need no explanation.</source>
        <translation>Les notes ne demandent pas d&apos;explication.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explained by {author} on {when}.</source>
        <translation>Expliqué par {author} le {when}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not explained yet: write why the figures are right as they are.</source>
        <translation>Pas encore expliqué&#xa0;: écrivez pourquoi les chiffres sont justes tels quels.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Explanation saved.</source>
        <translation>Explication enregistrée.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Writing the quality report</source>
        <translation>Production du rapport de qualité</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>{summary} · checked at {time}</source>
        <translation>{summary} · contrôlé à {time}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Running the checks…</source>
        <translation>Contrôles en cours…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The checks have not run yet.</source>
        <translation>Les contrôles n&apos;ont pas encore été lancés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No findings: the data pass every check.</source>
        <translation>Aucun constat&#xa0;: les données passent tous les contrôles.</translation>
    </message>
</context>
<context>
    <name>CodeListModel</name>
    <message>
        <location filename="../../app/ui/mapping_models.py" line="+413"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Also known as</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sub-region</source>
        <translation>Sous-région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Former country</source>
        <translation>Ancien pays</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Others of a region</source>
        <translation>Autres d&apos;une région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Born in the country</source>
        <translation>Né dans le pays</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not stated</source>
        <translation>Non déclaré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave out</source>
        <translation>Exclure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>National subtotal</source>
        <translation>Sous-total national</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typed code</source>
        <translation>Code saisi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave this label out of the table</source>
        <translation>Exclure ce libellé du tableau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>National subtotal “{name}” (checked, not exported)</source>
        <translation>Sous-total national «&#xa0;{name}&#xa0;» (contrôlé, non exporté)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the code {code}</source>
        <translation>Utiliser le code {code}</translation>
    </message>
</context>
<context>
    <name>CodePickerDialog</name>
    <message>
        <location filename="../../app/ui/code_picker.py" line="+93"/>
        <source>Choose a code</source>
        <translation>Choisir un code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code for “{label}”</source>
        <translation>Code pour «&#xa0;{label}&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no code yet</source>
        <translation>pas encore de code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left out</source>
        <translation>exclu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{dimension} ({id}) · now: {current}</source>
        <translation>{dimension} ({id}) · actuel&#xa0;: {current}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a code, a name or another name it is known by</source>
        <translation>Saisissez un code, un nom ou un autre nom sous lequel il est connu</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Codes shown: {count}</source>
        <translation>Codes affichés&#xa0;: {count}</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="+1298"/>
        <source>Import into the project</source>
        <translation>Importer dans le projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has been stored yet. Click Import to add the file to the project.</source>
        <translation>Rien n&apos;a encore été enregistré. Cliquez sur Importer pour ajouter le fichier au projet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sheets:</source>
        <translation>Feuilles&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading:</source>
        <translation>Lecture&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Corrections:</source>
        <translation>Corrections&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project:</source>
        <translation>Projet&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is stored in the project unchanged, with its checksum and these settings, so that it can be read again and re-imported when a corrected edition is published. Each checked sheet becomes a source.</source>
        <translation>Le fichier est conservé tel quel dans le projet, avec sa somme de contrôle et ces réglages, pour pouvoir être relu et réimporté quand une édition corrigée est publiée. Chaque feuille cochée devient une source.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map to the IMILA tables right away when every label has a confident code (otherwise the file waits on the Map page)</source>
        <translation>Faire correspondre aux tableaux IMILA tout de suite si chaque libellé a un code sûr (sinon le fichier attend dans la page Correspondance)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the automatic mapping concludes</source>
        <translation>Ce que conclut la correspondance automatique</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>encoding</source>
        <translation>encodage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>delimiter</source>
        <translation>séparateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decimal mark</source>
        <translation>séparateur décimal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>thousands separator</source>
        <translation>séparateur des milliers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>space</source>
        <translation>espace</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as the workbook stores it</source>
        <translation>tel que le classeur l&apos;enregistre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none, the detection is used as it is</source>
        <translation>aucune, la détection est utilisée telle quelle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checking the words of the title and headers and the published totals…</source>
        <translation>Vérification des mots du titre et des en-têtes et des totaux publiés…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The automatic mapping could not be checked: {error}</source>
        <translation>La correspondance automatique n&apos;a pas pu être vérifiée : {error}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Before writing, you will be asked about:</source>
        <translation>Avant l&apos;écriture, il vous sera demandé :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project already holds these cells; you will be asked whether to replace them:</source>
        <translation>Le projet contient déjà ces cellules ; il vous sera demandé s&apos;il faut les remplacer :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{table}: {cells} cells from “{source}”</source>
        <translation>{table} : {cells} cellules de « {source} »</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing will be written automatically; the file waits on the Map page.</source>
        <translation>Rien ne sera écrit automatiquement ; le fichier attend dans la page Correspondance.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln label(s) to answer:</source>
        <translation>
            <numerusform>%Ln libellé à renseigner :</numerusform>
            <numerusform>%Ln libellés à renseigner :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="+48"/>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IMILA Desk ran into a problem it did not expect.</source>
        <translation>IMILA Desk a rencontré un problème inattendu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your project is safe: every change is saved in the project file as soon as it is made, and the action that failed was undone.</source>
        <translation>Votre projet est intact&#xa0;: chaque modification est enregistrée dans le fichier du projet dès qu&apos;elle est faite, et l&apos;action qui a échoué a été annulée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The details were written to {path}.</source>
        <translation>Les détails ont été enregistrés dans {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please send them to your support contact.</source>
        <translation>Veuillez les transmettre à votre contact d&apos;assistance technique.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>DestinationsCard</name>
    <message>
        <location filename="../../app/ui/bank_charts.py" line="+85"/>
        <source>Choose a country of birth and press Show.</source>
        <translation>Choisissez un pays de naissance et cliquez sur Afficher.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} ({share} women)</source>
        <translation>{value} ({share} femmes)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{country}: {value} persons, {men} men, {women} women ({share})</source>
        <translation>{country} : {value} personnes, {men} hommes, {women} femmes ({share})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Emigrants of {country} by destination, round {round}</source>
        <translation>Émigrés de {country} par destination, cycle {round}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persons born in {country} counted by the destination</source>
        <translation>Personnes nées en {country} recensées par la destination</translation>
    </message>
</context>
<context>
    <name>EmigrantPyramidCard</name>
    <message>
        <location line="+28"/>
        <source>Destination:</source>
        <translation>Destination :</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>All destinations</source>
        <translation>Toutes les destinations</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No destination publishes these emigrants by sex and age (T01).</source>
        <translation>Aucune destination ne publie ces émigrés par sexe et âge (T01).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Men: {n}</source>
        <translation>Hommes : {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Women: {n}</source>
        <translation>Femmes : {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{age}: {men} men, {women} women</source>
        <translation>{age} : {men} hommes, {women} femmes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>all destinations</source>
        <translation>toutes destinations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emigrants of {country} by sex and age, round {round}, {where}: {total}</source>
        <translation>Émigrés de {country} par sexe et âge, cycle {round}, {where} : {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age group</source>
        <translation>Groupe d’âge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Age groups every destination publishes; the broadest are those of {names}.</source>
        <translation>Groupes d’âge que toutes les destinations publient ; les plus larges sont ceux de {names}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without a table by sex and age, not in the pyramid: {names}.</source>
        <translation>Sans tableau par sexe et âge, hors de la pyramide : {names}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Age not stated: {n}.</source>
        <translation>Âge non déclaré : {n}.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../app/ui/app.py" line="+166"/>
        <source>IMILA Desk</source>
        <translation>IMILA Desk</translation>
    </message>
</context>
<context>
    <name>ExercisesModel</name>
    <message>
        <location filename="../../app/ui/workshop_dialog.py" line="+69"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress: {done} of {total}</source>
        <translation>En cours&#xa0;: {done} sur {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not started</source>
        <translation>Non commencé</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
</context>
<context>
    <name>ExplanationHistoryDialog</name>
    <message>
        <location filename="../../app/ui/pages/check_page.py" line="-474"/>
        <source>Explanation history</source>
        <translation>Historique des explications</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Written</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replaced</source>
        <translation>Remplacée</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../app/ui/pages/export_page.py" line="+254"/>
        <location line="+181"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>Export the submission package</source>
        <translation>Exporter le paquet d&apos;envoi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With no open errors, write the package for CELADE: data, metadata, quality report and mappings, with checksums.</source>
        <translation>Sans erreur en suspens, produisez le paquet pour le CELADE&#xa0;: données, métadonnées, rapport de qualité et correspondances, avec sommes de contrôle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Output folder:</source>
        <translation>Dossier de destination&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels in:</source>
        <translation>Libellés en&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the labels in the spreadsheet and the quality report</source>
        <translation>Langue des libellés dans le classeur et le rapport de qualité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include the original source files</source>
        <translation>Inclure les fichiers sources d&apos;origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The census tables as imported, unchanged, under sources/ in the package</source>
        <translation>Les tableaux du recensement tels qu&apos;importés, inchangés, dans le dossier sources/ du paquet</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Quality report saved: {name} ({pages} pages)</source>
        <translation>Rapport de qualité enregistré : {name} ({pages} pages)</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Written: {name}
in {folder}</source>
        <translation>Produit&#xa0;: {name}
dans {folder}</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>Export package</source>
        <translation>Exporter le paquet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the Check page</source>
        <translation>Aller à la page Contrôler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packages written</source>
        <translation>Paquets produits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify package…</source>
        <translation>Vérifier un paquet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save report as PDF…</source>
        <translation>Enregistrer le rapport en PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The quality report of the data as they stand now, printable, in the language of the labels</source>
        <translation>Le rapport de qualité des données telles qu’elles sont maintenant, imprimable, dans la langue des libellés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No package written yet.</source>
        <translation>Aucun paquet n&apos;a encore été produit.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>1 error must be corrected before the export (see the Check page).</source>
        <translation>1 erreur doit être corrigée avant l&apos;exportation (voir la page Contrôler).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} errors must be corrected before the export (see the Check page).</source>
        <translation>{n} erreurs doivent être corrigées avant l&apos;exportation (voir la page Contrôler).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The package cannot be written while 1 error is open:</source>
        <translation>Le paquet ne peut pas être produit tant qu&apos;une erreur reste en suspens&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The package cannot be written while {n} errors are open:</source>
        <translation>Le paquet ne peut pas être produit tant que {n} erreurs restent en suspens&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Output folder</source>
        <translation>Dossier de destination</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+23"/>
        <source>Save report as PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the quality report</source>
        <translation>Production du rapport de qualité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the quality report…</source>
        <translation>Production du rapport de qualité…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The report cannot be written to {path} ({error}). Choose another place.</source>
        <translation>Le rapport ne peut pas être écrit dans {path} ({error}). Choisissez un autre emplacement.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The folder {folder} cannot be used ({error}). Choose another one.</source>
        <translation>Le dossier {folder} ne peut pas être utilisé ({error}). Choisissez-en un autre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the package</source>
        <translation>Production du paquet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the package…</source>
        <translation>Production du paquet…</translation>
    </message>
</context>
<context>
    <name>ExportProgressDialog</name>
    <message>
        <location filename="../../app/ui/workshop_dialog.py" line="+58"/>
        <location line="+13"/>
        <source>Export progress</source>
        <translation>Exporter la progression</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>A report of the exercises done, for the trainer: a JSON file and a CSV file beside it.</source>
        <translation>Un compte rendu des exercices faits, pour le formateur&#xa0;: un fichier JSON et, à côté, un fichier CSV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participant:</source>
        <translation>Participant&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Progress report (*.json)</source>
        <translation>Rapport de progression (*.json)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write the participant&apos;s name.</source>
        <translation>Saisissez le nom du participant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose where to write the report.</source>
        <translation>Choisissez où enregistrer le rapport.</translation>
    </message>
</context>
<context>
    <name>ExportsModel</name>
    <message>
        <location filename="../../app/ui/models.py" line="-9"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Written</source>
        <translation>Produit le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="-778"/>
        <source>Choose the file</source>
        <translation>Choisissez le fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is read as your office published it; check what was detected and correct any guess.</source>
        <translation>Le fichier est lu tel que votre institut l&apos;a publié&#xa0;; vérifiez ce qui a été détecté et corrigez au besoin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose another file…</source>
        <translation>Choisir un autre fichier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was detected</source>
        <translation>Ce qui a été détecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First rows as read</source>
        <translation>Premières lignes lues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:</source>
        <translation>Taille&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheets:</source>
        <translation>Feuilles&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table:</source>
        <translation>Tableau&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding:</source>
        <translation>Encodage&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delimiter:</source>
        <translation>Séparateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decimal mark:</source>
        <translation>Séparateur décimal&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thousands separator:</source>
        <translation>Séparateur des milliers&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbers are read as the workbook stores them; encoding and delimiter only apply to text files.</source>
        <translation>Les nombres sont lus tels que le classeur les enregistre&#xa0;; l&apos;encodage et le séparateur ne concernent que les fichiers texte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can also drop a file onto this window. Formats: CSV and text, Excel (XLSX, XLSM, XLS), OpenDocument (ODS), SPSS (SAV), Stata (DTA), HTML.</source>
        <translation>Vous pouvez aussi déposer un fichier sur cette fenêtre. Formats&#xa0;: CSV et texte, Excel (XLSX, XLSM, XLS), OpenDocument (ODS), SPSS (SAV), Stata (DTA), HTML.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UTF-8 with signature (BOM)</source>
        <translation>UTF-8 avec signature (BOM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows-1252 (Western Europe)</source>
        <translation>Windows-1252 (Europe occidentale)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (Latin-1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mac OS Roman</source>
        <translation>Mac OS Roman</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma  ,</source>
        <translation>Virgule  ,</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Semicolon  ;</source>
        <translation>Point-virgule &#xa0;;</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertical bar  |</source>
        <translation>Barre verticale  |</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Point  1234.5</source>
        <translation>Point  1234.5</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comma  1234,5</source>
        <translation>Virgule  1234,5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None  1234567</source>
        <translation>Aucun  1234567</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Point  1.234.567</source>
        <translation>Point  1.234.567</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comma  1,234,567</source>
        <translation>Virgule  1,234,567</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space  1 234 567</source>
        <translation>Espace  1 234 567</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apostrophe  1&apos;234&apos;567</source>
        <translation>Apostrophe  1&apos;234&apos;567</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No file chosen yet.</source>
        <translation>Aucun fichier choisi pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delimited text</source>
        <translation>Texte délimité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbook</source>
        <translation>Classeur Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel 97-2003 workbook</source>
        <translation>Classeur Excel 97-2003</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OpenDocument spreadsheet</source>
        <translation>Classeur OpenDocument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML tables</source>
        <translation>Tableaux HTML</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SPSS data file</source>
        <translation>Fichier de données SPSS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stata data file</source>
        <translation>Fichier de données Stata</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} (table found on “{sheet}”)</source>
        <translation>{count} (tableau trouvé dans «&#xa0;{sheet}&#xa0;»)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n hidden</source>
        <comment>sheets</comment>
        <translation>
            <numerusform>%n masquée</numerusform>
            <numerusform>%n masquées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{size}, modified {date}</source>
        <translation>{size}, modifié le {date}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Detection confidence: {percent}</source>
        <translation>Fiabilité de la détection&#xa0;: {percent}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{option} — detected</source>
        <translation>{option} — détecté</translation>
    </message>
</context>
<context>
    <name>FindingCellsModel</name>
    <message>
        <location filename="../../app/ui/cells_view.py" line="-187"/>
        <source>Cell</source>
        <translation>Cellule</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source cell</source>
        <translation>Cellule source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source file</source>
        <translation>Fichier source</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../app/ui/models.py" line="-90"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cells</source>
        <translation>Cellules</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>FindingsTreeModel</name>
    <message>
        <location filename="../../app/ui/pages/check_page.py" line="-181"/>
        <source>Blocks the export</source>
        <translation>Bloque l&apos;exportation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explained</source>
        <translation>Expliqué</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To explain</source>
        <translation>À expliquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For information</source>
        <translation>Pour information</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Errors ({n})</source>
        <translation>Erreurs ({n})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warnings ({n})</source>
        <translation>Avertissements ({n})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes ({n})</source>
        <translation>Notes ({n})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Whole project ({n})</source>
        <translation>Tout le projet ({n})</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cells</source>
        <translation>Cellules</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>HeldImportDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="+17"/>
        <source>Import of {file}</source>
        <translation>Importation de {file}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{file} does not look like a table of this project&apos;s census. Nothing has been written.</source>
        <translation>{file} ne semble pas être un tableau du recensement de ce projet. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import anyway</source>
        <translation>Importer quand même</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project already holds some of these cells from another file. Nothing has been written: two sources are never merged.</source>
        <translation>Le projet contient déjà certaines de ces cellules d&apos;un autre fichier. Rien n&apos;a été écrit : deux sources ne sont jamais mélangées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{table}: {cells} cells from “{source}”</source>
        <translation>{table} : {cells} cellules de « {source} »</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the earlier table</source>
        <translation>Remplacer le tableau antérieur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New version (keep the earlier file)</source>
        <translation>Nouvelle version (garder le fichier antérieur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep for the Map page</source>
        <translation>Garder pour la page Correspondance</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“Keep for the Map page” stores the file without writing its cells, to map by hand.</source>
        <translation>« Garder pour la page Correspondance » enregistre le fichier sans écrire ses cellules, pour l&apos;apparier à la main.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>HelpViewer</name>
    <message>
        <location filename="../../app/ui/help_viewer.py" line="+115"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Help — {title}</source>
        <translation>Aide — {title}</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../app/ui/pages/import_page.py" line="+77"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+42"/>
        <source>Import census tables</source>
        <translation>Importer les tableaux du recensement</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Add the tables your office publishes. Each file is stored in the project unchanged, with its checksum.</source>
        <translation>Ajoutez les tableaux que publie votre institut. Chaque fichier est conservé tel quel dans le projet, avec sa somme de contrôle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import file…</source>
        <translation>Importer un fichier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tabulate microdata…</source>
        <translation>Tabuler des microdonnées…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tabulate the IMILA tables straight from the census person file (CSV, Parquet, SPSS, Stata)</source>
        <translation>Produire les tableaux IMILA directement à partir du fichier des personnes du recensement (CSV, Parquet, SPSS, Stata)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-import…</source>
        <translation>Réimporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a corrected edition of the selected file with the same settings and mapping; it replaces the file and its observations</source>
        <translation>Importer une édition corrigée du fichier sélectionné avec les mêmes réglages et la même correspondance&#xa0;; elle remplace le fichier et ses observations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>or drop files onto this window: CSV, Excel (XLSX, XLS), OpenDocument (ODS), SPSS (SAV), Stata (DTA), HTML.</source>
        <translation>ou déposez des fichiers sur cette fenêtre&#xa0;: CSV, Excel (XLSX, XLS), OpenDocument (ODS), SPSS (SAV), Stata (DTA), HTML.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Corrected edition of {file}</source>
        <translation>Édition corrigée de {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same kind of file ({pattern});;All files (*)</source>
        <translation>Même type de fichier ({pattern});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Re-importing {file}</source>
        <translation>Réimportation de {file}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{file} was not re-imported: {count} of its labels are not in the mapping of the file it corrects. Nothing was changed. Import it with “Import file…” and complete its mapping on the Map page.</source>
        <translation>{file} n&apos;a pas été réimporté&#xa0;: {count} de ses libellés ne figurent pas dans la correspondance du fichier qu&apos;il corrige. Rien n&apos;a été modifié. Importez-le avec «&#xa0;Importer un fichier…&#xa0;» et complétez sa correspondance dans la page Correspondance.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Check the table and its codes on the Map page, then apply the mapping.</source>
        <translation>Vérifiez le tableau et ses codes dans la page Correspondance, puis appliquez la correspondance.</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>Source files</source>
        <translation>Fichiers sources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No files imported yet.
Use “Import file…” or drop a file here.</source>
        <translation>Aucun fichier importé pour l&apos;instant.
Utilisez «&#xa0;Importer un fichier…&#xa0;» ou déposez un fichier ici.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last import</source>
        <translation>Dernière importation</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>{file}: observations written to {tables}.</source>
        <translation>{file}&#xa0;: observations enregistrées dans {tables}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} was not imported yet: it waits for your answer.</source>
        <translation>{file} n&apos;a pas encore été importé : il attend votre réponse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is stored in the project; no observations were written yet.</source>
        <translation>{file} est conservé dans le projet&#xa0;; aucune observation n&apos;a encore été enregistrée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It replaces the earlier edition of the file and the observations that came from it.</source>
        <translation>Elle remplace l&apos;édition précédente du fichier et les observations qui en provenaient.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was not written automatically, because:</source>
        <translation>Il n&apos;a pas été écrit automatiquement, car :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The IMILA table of {file} was not recognised: choose it on the Map page.</source>
        <translation>Le tableau IMILA de {file} n&apos;a pas été reconnu&#xa0;: choisissez-le dans la page Correspondance.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} labels have no IMILA code yet: complete the mapping on the Map page.</source>
        <translation>{count} libellés n&apos;ont pas encore de code IMILA&#xa0;: complétez la correspondance dans la page Correspondance.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="-643"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label columns</source>
        <translation>Colonnes de libellés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes and footer</source>
        <translation>Notes et pied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside the table</source>
        <translation>Hors du tableau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Census tables ({patterns})</source>
        <translation>Tableaux du recensement ({patterns})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.csv *.txt *.tsv)</source>
        <translation>Fichiers texte (*.csv *.txt *.tsv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workbooks (*.xlsx *.xlsm *.xls *.ods)</source>
        <translation>Classeurs (*.xlsx *.xlsm *.xls *.ods)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SPSS (*.sav)</source>
        <translation>SPSS (*.sav)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stata (*.dta)</source>
        <translation>Stata (*.dta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web pages (*.html *.htm)</source>
        <translation>Pages web (*.html *.htm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+1365"/>
        <location line="+65"/>
        <source>Import a census table</source>
        <translation>Importer un tableau du recensement</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The file could not be read because of an unexpected error; the details were logged.</source>
        <translation>Le fichier n&apos;a pas pu être lu à cause d&apos;une erreur inattendue&#xa0;; les détails ont été consignés.</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+198"/>
        <source>Reading {file}</source>
        <translation>Lecture de {file}</translation>
    </message>
    <message>
        <location line="-151"/>
        <location line="+29"/>
        <source>Reading “{sheet}”</source>
        <translation>Lecture de «&#xa0;{sheet}&#xa0;»</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Importing {file}</source>
        <translation>Importation de {file}</translation>
    </message>
</context>
<context>
    <name>JobPanel</name>
    <message>
        <location filename="../../app/ui/worker.py" line="+220"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop this task; the project stays as it was</source>
        <translation>Arrêter cette tâche&#xa0;; le projet reste tel quel</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>LabelsModel</name>
    <message>
        <location filename="../../app/ui/mapping_models.py" line="-357"/>
        <source>Dim.</source>
        <translation>Var.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label in the source</source>
        <translation>Libellé dans la source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IMILA code</source>
        <translation>Code IMILA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IMILA dimension</source>
        <translation>Variable IMILA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The label as the source publishes it</source>
        <translation>Le libellé tel que la source le publie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code and its name in IMILA</source>
        <translation>Le code et son nom dans IMILA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How sure the suggestion is</source>
        <translation>Degré de certitude de la suggestion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this code was suggested</source>
        <translation>Pourquoi ce code a été suggéré</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested with confidence: accept it</source>
        <translation>Suggéré avec certitude&#xa0;: acceptez-le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To confirm: the suggestion is not certain</source>
        <translation>À confirmer&#xa0;: la suggestion n&apos;est pas sûre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No code yet: choose one or leave the label out</source>
        <translation>Pas encore de code&#xa0;: choisissez-en un ou excluez le libellé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No code yet</source>
        <translation>Pas encore de code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left out of this table</source>
        <translation>Exclu de ce tableau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subtotal of {members}</source>
        <translation>Sous-total de {members}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National subtotal</source>
        <translation>Sous-total national</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(blank)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New label: the recipe did not know it.</source>
        <translation>Nouveau libellé&#xa0;: la recette ne le connaissait pas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>National subtotal (checked for additivity, not exported): {text}</source>
        <translation>Sous-total national (additivité contrôlée, non exporté)&#xa0;: {text}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{label} (from “{dimension}”)</source>
        <translation>{label} (de «&#xa0;{dimension}&#xa0;»)</translation>
    </message>
</context>
<context>
    <name>LicencesModel</name>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="-157"/>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copyright</source>
        <translation>Droits d&apos;auteur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} (build only)</source>
        <translation>{name} (compilation uniquement)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="+297"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un projet &amp;récent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import file…</source>
        <translation>&amp;Importer un fichier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify package…</source>
        <translation>&amp;Vérifier un paquet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMILA data &amp;bank…</source>
        <translation>&amp;Banque de données IMILA…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About IMILA Desk</source>
        <translation>À &amp;propos d&apos;IMILA Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help &amp;contents</source>
        <translation>&amp;Sommaire de l&apos;aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guided &amp;tour</source>
        <translation>&amp;Visite guidée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Welcome page</source>
        <translation>Page d&apos;&amp;accueil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Workshop exercises…</source>
        <translation>&amp;Exercices de l&apos;atelier…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No recent projects</source>
        <translation>Aucun projet récent</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Project: {path}</source>
        <translation>Projet&#xa0;: {path}</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMILA projects (*.imila);;All files (*)</source>
        <translation>Projets IMILA (*.imila);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save project as</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMILA projects (*.imila)</source>
        <translation>Projets IMILA (*.imila)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Please wait: another task is running.</source>
        <translation>Veuillez patienter&#xa0;: une autre tâche est en cours.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>This version can only import long CSV files of IMILA codes; {file} was not imported.</source>
        <translation>Cette version n&apos;importe que des fichiers CSV au format long avec des codes IMILA&#xa0;; {file} n&apos;a pas été importé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+45"/>
        <source>Importing {file}</source>
        <translation>Importation de {file}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Verify package</source>
        <translation>Vérifier un paquet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMILA packages (*.zip)</source>
        <translation>Paquets IMILA (*.zip)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Package verification is not available in this version yet.</source>
        <translation>La vérification des paquets n&apos;est pas encore disponible dans cette version.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verifying {file}</source>
        <translation>Vérification de {file}</translation>
    </message>
</context>
<context>
    <name>MapOverviewModel</name>
    <message>
        <location filename="../../app/ui/mapping_models.py" line="-387"/>
        <source>Mapping</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IMILA table</source>
        <translation>Tableau IMILA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source file</source>
        <translation>Fichier source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Not mapped yet</source>
        <translation>Pas encore mis en correspondance</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The source file of this mapping is no longer in the project.</source>
        <translation>Le fichier source de cette correspondance ne figure plus dans le projet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open this source to map it to an IMILA table.</source>
        <translation>Ouvrez cette source pour la faire correspondre à un tableau IMILA.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this mapping to review or change it.</source>
        <translation>Ouvrez cette correspondance pour la revoir ou la modifier.</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../app/ui/pages/map_page.py" line="+631"/>
        <source>Map</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Map to IMILA codes</source>
        <translation>Faire correspondre aux codes IMILA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bind each dimension and label of your tables to the IMILA code lists. A mapping replays on the next file of the same shape.</source>
        <translation>Associez chaque variable et chaque libellé de vos tableaux aux nomenclatures IMILA. Une correspondance se rejoue sur le fichier suivant de même structure.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sources and their mappings</source>
        <translation>Sources et leurs correspondances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map…</source>
        <translation>Faire correspondre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No tables to map yet.
Import a census table: it appears here to be mapped.</source>
        <translation>Aucun tableau à faire correspondre pour l&apos;instant.
Importez un tableau du recensement&#xa0;: il apparaîtra ici.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a row to open its mapping. A source can feed several IMILA tables: open it and choose another table.</source>
        <translation>Double-cliquez sur une ligne pour ouvrir sa correspondance. Une source peut alimenter plusieurs tableaux IMILA&#xa0;: ouvrez-la et choisissez un autre tableau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>← All sources</source>
        <translation>← Toutes les sources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the sources; what you changed here is kept until you apply it</source>
        <translation>Revenir aux sources&#xa0;; vos modifications sont gardées jusqu&apos;à ce que vous les appliquiez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipe</source>
        <translation>Recette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this mapping as a recipe file, or replay a recipe on this source</source>
        <translation>Enregistrer cette correspondance comme fichier de recette, ou rejouer une recette sur cette source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share the mapping memory: the codes confirmed before, suggested everywhere</source>
        <translation>Partager la mémoire des correspondances&#xa0;: les codes confirmés auparavant, suggérés partout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save recipe…</source>
        <translation>Enregistrer la recette…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply recipe…</source>
        <translation>Appliquer une recette…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export mapping memory…</source>
        <translation>Exporter la mémoire des correspondances…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import mapping memory…</source>
        <translation>Importer une mémoire des correspondances…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMILA table:</source>
        <translation>Tableau IMILA&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The IMILA table this source feeds. A source can feed several tables: choose another one to add its mapping.</source>
        <translation>Le tableau IMILA qu&apos;alimente cette source. Une source peut alimenter plusieurs tableaux&#xa0;: choisissez-en un autre pour ajouter sa correspondance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply mapping</source>
        <translation>Appliquer la correspondance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels</source>
        <translation>Libellés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter labels, codes or names</source>
        <translation>Filtrer libellés, codes ou noms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only those to review</source>
        <translation>Seulement ceux à revoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Accept all confident</source>
        <translation>Accepter tous les sûrs</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Accept every suggestion with a confidence of 90 % or more</source>
        <translation>Accepter toutes les suggestions dont la fiabilité atteint 90 % ou plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Accept the code of the selected labels (Space)</source>
        <translation>Accepter le code des libellés sélectionnés (Espace)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Change code…</source>
        <translation>Changer le code…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Choose another code for the selected labels (F2 or double-click)</source>
        <translation>Choisir un autre code pour les libellés sélectionnés (F2 ou double-clic)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out</source>
        <translation>Exclure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the selected labels out of this table (Delete)</source>
        <translation>Exclure les libellés sélectionnés de ce tableau (Suppr)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave out of this table</source>
        <translation>Exclure de ce tableau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the code</source>
        <translation>Retirer le code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dimensions</source>
        <translation>Variables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimension down the rows of the preview</source>
        <translation>Variable en lignes de l&apos;aperçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimension across the columns of the preview</source>
        <translation>Variable en colonnes de l&apos;aperçu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo: {action} (Ctrl+Z)</source>
        <translation>Annuler&#xa0;: {action} (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Annuler (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo: {action} (Ctrl+Y)</source>
        <translation>Rétablir&#xa0;: {action} (Ctrl+Y)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo (Ctrl+Y)</source>
        <translation>Rétablir (Ctrl+Y)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The source file of this mapping is no longer in the project.</source>
        <translation>Le fichier source de cette correspondance ne figure plus dans le projet.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading the source and suggesting codes…</source>
        <translation>Lecture de la source et suggestion de codes…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Suggesting codes for {table}…</source>
        <translation>Suggestion de codes pour {table}…</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Not written automatically, because:</source>
        <translation>Pas écrit automatiquement, car :</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n de plus.</numerusform>
            <numerusform>… et %n de plus.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>feeds {tables}</source>
        <translation>alimente {tables}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not mapped yet</source>
        <translation>pas encore mise en correspondance</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot apply yet: the label {labels} has no code. Choose its code or leave it out of the table.</source>
        <translation>Impossible d&apos;appliquer pour l&apos;instant&#xa0;: le libellé {labels} n&apos;a pas de code. Choisissez son code ou excluez-le du tableau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot apply yet: {count} labels have no code ({labels}). Choose their codes or leave them out of the table.</source>
        <translation>Impossible d&apos;appliquer pour l&apos;instant&#xa0;: {count} libellés n&apos;ont pas de code ({labels}). Choisissez leurs codes ou excluez-les du tableau.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Cannot apply yet: %n uncertain suggestion(s) need your decision ({labels}). Accept or change each of them.</source>
        <translation>
            <numerusform>Impossible d&apos;appliquer pour l&apos;instant&#xa0;: %n suggestion incertaine attend votre décision ({labels}). Acceptez-la ou changez-la.</numerusform>
            <numerusform>Impossible d&apos;appliquer pour l&apos;instant&#xa0;: %n suggestions incertaines attendent votre décision ({labels}). Acceptez ou changez chacune d&apos;elles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n suggested code(s) waiting for your review. Check them and click “Accept all confident”.</source>
        <translation>
            <numerusform>%n code suggéré attend votre vérification. Vérifiez-le et cliquez sur «&#xa0;Accepter tous les sûrs&#xa0;».</numerusform>
            <numerusform>%n codes suggérés attendent votre vérification. Vérifiez-les et cliquez sur «&#xa0;Accepter tous les sûrs&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%Ln label(s)</source>
        <translation>
            <numerusform>%Ln libellé</numerusform>
            <numerusform>%Ln libellés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln accepted</source>
        <comment>labels</comment>
        <translation>
            <numerusform>%Ln accepté</numerusform>
            <numerusform>%Ln acceptés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln to review</source>
        <comment>labels</comment>
        <translation>
            <numerusform>%Ln à revoir</numerusform>
            <numerusform>%Ln à revoir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln uncertain</source>
        <comment>labels</comment>
        <translation>
            <numerusform>%Ln incertain</numerusform>
            <numerusform>%Ln incertains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln without code</source>
        <comment>labels</comment>
        <translation>
            <numerusform>%Ln sans code</numerusform>
            <numerusform>%Ln sans code</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln new</source>
        <comment>labels</comment>
        <translation>
            <numerusform>%Ln nouveau</numerusform>
            <numerusform>%Ln nouveaux</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Total or aggregate?</source>
        <translation>Total ou agrégat ?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Residual: others of a region?</source>
        <translation>Résiduel : autres d’une région ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which country?</source>
        <translation>Quel pays ?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No code offered</source>
        <translation>Aucun code proposé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not stated or another category?</source>
        <translation>Non déclaré ou autre catégorie ?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Labels of every kind</source>
        <translation>Libellés de tout type</translation>
    </message>
    <message numerus="yes">
        <location line="+367"/>
        <source>%Ln observation(s) written to {table}.</source>
        <translation>
            <numerusform>%Ln observation enregistrée dans {table}.</numerusform>
            <numerusform>%Ln observations enregistrées dans {table}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+106"/>
        <source>Recipe applied: %n new label(s) to review.</source>
        <translation>
            <numerusform>Recette appliquée&#xa0;: %n nouveau libellé à revoir.</numerusform>
            <numerusform>Recette appliquée&#xa0;: %n nouveaux libellés à revoir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%Ln remembered code(s) exported to {path}.</source>
        <translation>
            <numerusform>%Ln code mémorisé exporté dans {path}.</numerusform>
            <numerusform>%Ln codes mémorisés exportés dans {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%Ln code(s) added to your mapping memory; they are suggested from now on.</source>
        <translation>
            <numerusform>%Ln code ajouté à votre mémoire des correspondances&#xa0;; il est désormais suggéré.</numerusform>
            <numerusform>%Ln codes ajoutés à votre mémoire des correspondances&#xa0;; ils sont désormais suggérés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-594"/>
        <source>Cannot apply yet: the source dimension “{name}” is not bound. Bind it to an IMILA dimension or sum over it.</source>
        <translation>Impossible d&apos;appliquer pour l&apos;instant&#xa0;: la variable source «&#xa0;{name}&#xa0;» n&apos;est pas associée. Associez-la à une variable IMILA ou additionnez-la.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No IMILA table was recognised in this source: choose the table it feeds.</source>
        <translation>Aucun tableau IMILA n&apos;a été reconnu dans cette source&#xa0;: choisissez le tableau qu&apos;elle alimente.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Write the observations of {table} from this source</source>
        <translation>Enregistrer les observations de {table} à partir de cette source</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These codes are already applied; change a code to apply again.</source>
        <translation>Ces codes sont déjà appliqués&#xa0;; changez un code pour appliquer à nouveau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied: the observations of {table} in the project come from this mapping.</source>
        <translation>Appliquée&#xa0;: les observations de {table} dans le projet proviennent de cette correspondance.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every label has a code. Apply the mapping to replace the observations of {table} from this source.</source>
        <translation>Chaque libellé a un code. Appliquez la correspondance pour remplacer les observations de {table} issues de cette source.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every label has a code. Apply the mapping to write the observations of {table}.</source>
        <translation>Chaque libellé a un code. Appliquez la correspondance pour enregistrer les observations de {table}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels of every dimension</source>
        <translation>Libellés de toutes les variables</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Questions ({count})</source>
        <translation>Questions ({count})</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Choose labels of one dimension to give them a code.</source>
        <translation>Choisissez des libellés d&apos;une seule variable pour leur donner un code.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{count} labels</source>
        <translation>{count} libellés</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Leave out “{label}”</source>
        <translation>Exclure «&#xa0;{label}&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out {count} labels</source>
        <translation>Exclure {count} libellés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the code of “{label}”</source>
        <translation>Retirer le code de «&#xa0;{label}&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the codes of {count} labels</source>
        <translation>Retirer les codes de {count} libellés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code of “{label}”: {code}</source>
        <translation>Code de «&#xa0;{label}&#xa0;»&#xa0;: {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code of {count} labels: {code}</source>
        <translation>Code de {count} libellés&#xa0;: {code}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Accept “{label}”</source>
        <translation>Accepter «&#xa0;{label}&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept {count} labels</source>
        <translation>Accepter {count} libellés</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every confident suggestion is already accepted.</source>
        <translation>Toutes les suggestions sûres sont déjà acceptées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept {count} confident codes</source>
        <translation>Accepter {count} codes sûrs</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Suggesting codes for “{dimension}”…</source>
        <translation>Suggestion de codes pour «&#xa0;{dimension}&#xa0;»…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bind “{dimension}” to {target}</source>
        <translation>Associer «&#xa0;{dimension}&#xa0;» à {target}</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Preview of {table}</source>
        <translation>Aperçu de {table}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Not in the preview, without a code: {labels}.</source>
        <translation>Hors de l&apos;aperçu, sans code&#xa0;: {labels}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other dimensions at: {held}.</source>
        <translation>Autres variables à&#xa0;: {held}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Writing the observations of {table}</source>
        <translation>Enregistrement des observations de {table}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Save recipe</source>
        <translation>Enregistrer la recette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mapping recipes (*.json)</source>
        <translation>Recettes de correspondance (*.json)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The recipe could not be written to {path}: {error}</source>
        <translation>La recette n&apos;a pas pu être enregistrée dans {path}&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recipe saved to {path}.</source>
        <translation>Recette enregistrée dans {path}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Apply recipe</source>
        <translation>Appliquer une recette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mapping recipes (*.json);;All files (*)</source>
        <translation>Recettes de correspondance (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Replaying the recipe “{name}”…</source>
        <translation>Application de la recette «&#xa0;{name}&#xa0;»…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Apply recipe {file}</source>
        <translation>Appliquer la recette {file}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recipe applied: every label was known.</source>
        <translation>Recette appliquée&#xa0;: tous les libellés étaient connus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export mapping memory</source>
        <translation>Exporter la mémoire des correspondances</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mapping memory (*.json)</source>
        <translation>Mémoire des correspondances (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting the mapping memory</source>
        <translation>Exportation de la mémoire des correspondances</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import mapping memory</source>
        <translation>Importer une mémoire des correspondances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mapping memory (*.json);;All files (*)</source>
        <translation>Mémoire des correspondances (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing a mapping memory</source>
        <translation>Importation d&apos;une mémoire des correspondances</translation>
    </message>
</context>
<context>
    <name>MappingsModel</name>
    <message>
        <location filename="../../app/ui/models.py" line="+120"/>
        <source>Mapping</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IMILA table</source>
        <translation>Tableau IMILA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source file</source>
        <translation>Fichier source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
</context>
<context>
    <name>MatrixCard</name>
    <message>
        <location filename="../../app/ui/bank_charts.py" line="+303"/>
        <source>Show the share of women in each cell</source>
        <translation>Afficher la part des femmes dans chaque cellule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a round and press Show.</source>
        <translation>Choisissez un cycle et cliquez sur Afficher.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Origin × destination, round {round}</source>
        <translation>Origine × destination, cycle {round}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows: country of birth. Columns: the census that counted them. Largest first.</source>
        <translation>Lignes : pays de naissance. Colonnes : le recensement qui les a comptées. Les plus grandes d’abord.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{share} women</source>
        <translation>{share} femmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons born in the origin counted in the destination:</source>
        <translation>Personnes nées dans l’origine recensées dans la destination :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no figure</source>
        <translation>pas de chiffre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second line of each cell: the share of women among those persons.</source>
        <translation>Deuxième ligne de chaque cellule : la part des femmes parmi ces personnes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Born in {origin}, counted in {destination}: {value} persons
Women: {women} ({share})
Sex ratio: {ratio} men per 100 women
Flags: {flags}</source>
        <translation>Nés en {origin}, recensés en {destination} : {value} personnes
Femmes : {women} ({share})
Rapport de masculinité : {ratio} hommes pour 100 femmes
Indicateurs : {flags}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The bank has no table by country of birth (T01) of round {round}.</source>
        <translation>La banque n’a pas de tableau par pays de naissance (T01) du cycle {round}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save chart as PNG</source>
        <translation>Enregistrer le graphique en PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chart could not be saved to {path}. Choose another folder.</source>
        <translation>Le graphique n’a pas pu être enregistré dans {path}. Choisissez un autre dossier.</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="+107"/>
        <location line="+75"/>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>A project holds one census submission: its tables, mappings, checks and exports, all in one file.</source>
        <translation>Un projet contient un envoi de recensement&#xa0;: ses tableaux, correspondances, contrôles et exportations, le tout dans un seul fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country:</source>
        <translation>Pays&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Census year:</source>
        <translation>Année du recensement&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project file:</source>
        <translation>Fichier du projet&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submission</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statistics office:</source>
        <translation>Institut de statistique&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact person:</source>
        <translation>Personne à contacter&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact email:</source>
        <translation>Courriel de contact&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference date:</source>
        <translation>Date de référence&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Census round:</source>
        <translation>Cycle de recensement&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enumeration basis:</source>
        <translation>Base de dénombrement&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source type:</source>
        <translation>Type de source&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Package language:</source>
        <translation>Langue du paquet&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence:</source>
        <translation>Licence&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Instituto Nacional de Estadísticas</source>
        <translation>p. ex. Institut Haïtien de Statistique et d&apos;Informatique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@institute.org</source>
        <translation>nom@institut.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2020</source>
        <translation>p. ex. 2020</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the labels in the package&apos;s spreadsheet and quality report; by default the census country&apos;s</source>
        <translation>Langue des libellés du classeur et du rapport de qualité du paquet ; par défaut, celle du pays du recensement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De jure (usual residents)</source>
        <translation>De jure (résidents habituels)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De facto (persons present)</source>
        <translation>De facto (personnes présentes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full count</source>
        <translation>Dénombrement exhaustif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample (weighted)</source>
        <translation>Échantillon (pondéré)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CELADE needs the office, a contact person and the reference date. Universe notes and national definitions go on the Project page; the export reminds you of anything left empty.</source>
        <translation>Le CELADE a besoin de l’office, d’une personne de contact et de la date de référence. Les notes sur l’univers et les définitions nationales se saisissent sur la page Projet ; l’export rappelle tout ce qui reste vide.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>IMILA projects (*.imila)</source>
        <translation>Projets IMILA (*.imila)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose the country of the census.</source>
        <translation>Choisissez le pays du recensement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose where to save the project file.</source>
        <translation>Choisissez où enregistrer le fichier du projet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file with this name already exists. Choose another name: an existing project is never overwritten.</source>
        <translation>Un fichier de ce nom existe déjà. Choisissez un autre nom&#xa0;: un projet existant n&apos;est jamais écrasé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the reference date as YYYY-MM-DD, for example 2022-05-18.</source>
        <translation>Écrivez la date de référence sous la forme AAAA-MM-JJ, par exemple 2022-05-18.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The contact email does not look like an address (name@institute.org).</source>
        <translation>Le courriel de contact ne ressemble pas à une adresse (nom@institut.org).</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../app/ui/pages/base.py" line="+95"/>
        <source>Help on this page</source>
        <translation>Aide sur cette page</translation>
    </message>
</context>
<context>
    <name>PreviewGridModel</name>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="-1548"/>
        <location line="+19"/>
        <source>hidden row</source>
        <translation>ligne masquée</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location line="+743"/>
        <source>Check what was understood</source>
        <translation>Vérifiez ce qui a été compris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coloured regions show how the table was read. To correct one, select rows or columns (click their numbers or letters) and mark them.</source>
        <translation>Les zones en couleur montrent comment le tableau a été lu. Pour en corriger une, sélectionnez des lignes ou des colonnes (cliquez sur leurs numéros ou lettres) et marquez-les.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheet:</source>
        <translation>Feuille&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows:</source>
        <translation>Lignes&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns:</source>
        <translation>Colonnes&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Footer</source>
        <translation>Pied</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Mark the selected rows as title rows</source>
        <translation>Marquer les lignes sélectionnées comme lignes de titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected rows as header rows</source>
        <translation>Marquer les lignes sélectionnées comme lignes d&apos;en-tête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected rows as data rows</source>
        <translation>Marquer les lignes sélectionnées comme lignes de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected rows as notes and footer (not data)</source>
        <translation>Marquer les lignes sélectionnées comme notes et pied de tableau (pas des données)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected data rows as totals (again to unmark)</source>
        <translation>Marquer les lignes de données sélectionnées comme totaux (à nouveau pour démarquer)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Labels</source>
        <translation>Libellés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected columns as label (stub) columns</source>
        <translation>Marquer les colonnes sélectionnées comme colonnes de libellés (intitulés des lignes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected columns as data columns</source>
        <translation>Marquer les colonnes sélectionnées comme colonnes de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected data columns as totals (again to unmark)</source>
        <translation>Marquer les colonnes de données sélectionnées comme totaux (à nouveau pour démarquer)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo corrections</source>
        <translation>Annuler les corrections</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the corrections of this sheet and use the detection again</source>
        <translation>Oublier les corrections de cette feuille et revenir à la détection</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Mark the header and data rows to read it anyway.</source>
        <translation>Marquez les lignes d&apos;en-tête et de données pour le lire quand même.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your corrections are applied.</source>
        <translation>Vos corrections sont appliquées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detection confidence: {percent}</source>
        <translation>Fiabilité de la détection&#xa0;: {percent}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes of the table:</source>
        <translation>Notes du tableau&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the first {count} rows are shown; the whole sheet is imported.</source>
        <translation>Seules les {count} premières lignes sont affichées&#xa0;; toute la feuille est importée.</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="+223"/>
        <location line="+3"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Describe the census and the submission. CELADE receives these details with the data.</source>
        <translation>Décrivez le recensement et l&apos;envoi. Le CELADE reçoit ces informations avec les données.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save changes</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Census</source>
        <translation>Recensement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submission</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country:</source>
        <translation>Pays&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Census name:</source>
        <translation>Nom du recensement&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Census year:</source>
        <translation>Année du recensement&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference date:</source>
        <translation>Date de référence&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Census round:</source>
        <translation>Cycle de recensement&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enumeration basis:</source>
        <translation>Base de dénombrement&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source type:</source>
        <translation>Type de source&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Statistics office:</source>
        <translation>Institut de statistique&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact person:</source>
        <translation>Personne à contacter&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact email:</source>
        <translation>Courriel de contact&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submission version:</source>
        <translation>Version de l&apos;envoi&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Submission language:</source>
        <translation>Langue de l&apos;envoi&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence:</source>
        <translation>Licence&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2020</source>
        <translation>p. ex. 2020</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Instituto Nacional de Estadísticas</source>
        <translation>p. ex. Institut Haïtien de Statistique et d&apos;Informatique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@institute.org</source>
        <translation>nom@institut.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De jure (usual residents)</source>
        <translation>De jure (résidents habituels)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De facto (persons present)</source>
        <translation>De facto (personnes présentes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full count</source>
        <translation>Dénombrement exhaustif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample (weighted)</source>
        <translation>Échantillon (pondéré)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National definitions</source>
        <translation>Définitions nationales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the census differs from the IMILA code lists (for example, a different definition of a category), say how.</source>
        <translation>Si le recensement s&apos;écarte des nomenclatures IMILA (par exemple, une catégorie définie autrement), précisez en quoi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Universe notes</source>
        <translation>Notes sur l&apos;univers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For each table, who is counted when it differs from the standard universe (for example, a lower age limit of 10 instead of 15).</source>
        <translation>Pour chaque tableau, qui est compté lorsque cela diffère de l&apos;univers standard (par exemple, un âge minimal de 10 ans au lieu de 15).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous census round</source>
        <translation>Recensement précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose its package…</source>
        <translation>Choisir son paquet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activity</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>The contact email does not look like an address (name@institute.org).</source>
        <translation>Le courriel de contact ne ressemble pas à une adresse (nom@institut.org).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the reference date as YYYY-MM-DD.</source>
        <translation>Saisissez la date de référence au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All changes saved</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>None given. Choose the package of the last census (the .zip IMILA Desk exported for it): the previous-round rule (PLA-004) then compares each country of birth&apos;s stock with it.</source>
        <translation>Aucun indiqué. Choisissez le paquet du dernier recensement (le .zip qu&apos;IMILA Desk a exporté pour lui) : la règle du recensement précédent (PLA-004) y compare alors l&apos;effectif de chaque pays de naissance.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Census {year}: {file}, {count} cells by country of birth.</source>
        <translation>Recensement {year} : {file}, {count} cellules par pays de naissance.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The previous round&apos;s package</source>
        <translation>Le paquet du recensement précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMILA packages (*.zip)</source>
        <translation>Paquets IMILA (*.zip)</translation>
    </message>
</context>
<context>
    <name>PyramidCard</name>
    <message>
        <location filename="../../app/ui/charts.py" line="-179"/>
        <source>Country of birth:</source>
        <translation>Pays de naissance&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>All countries of birth</source>
        <translation>Tous les pays de naissance</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no table of the foreign-born by sex and age yet (T01, or T00&apos;s foreign-born rows).</source>
        <translation>Il n&apos;y a pas encore de tableau de la population née à l&apos;étranger par sexe et âge (T01, ou les lignes des personnes nées à l&apos;étranger du T00).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Population pyramid of the foreign-born</source>
        <translation>Pyramide des âges des personnes nées à l&apos;étranger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Age group</source>
        <translation>Groupe d&apos;âge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
</context>
<context>
    <name>RecipeBuilderDialog</name>
    <message>
        <location filename="../../app/ui/tabulate_dialog.py" line="+456"/>
        <source>Build a tabulation recipe</source>
        <translation>Créer une recette de tabulation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bind the questions on household members living abroad to the variables of {file}, one record per member who left: country of residence, sex, age at departure and year of departure are required; they make table T11. A file with numbered columns per household (emig1_sex, emig2_sex…) needs a recipe file with &quot;layout&quot;: &quot;wide&quot;.</source>
        <translation>Associez les questions sur les membres du ménage vivant à l&apos;étranger aux variables de {file}, un enregistrement par membre parti&#xa0;: pays de résidence, sexe, âge au départ et année de départ sont obligatoires&#xa0;; ils forment le tableau T11. Un fichier avec des colonnes numérotées par ménage (emig1_sexe, emig2_sexe…) demande un fichier de recette avec &quot;layout&quot;&#xa0;: &quot;wide&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bind each IMILA concept to a variable of {file}. Country of birth is required; sex and age are needed by almost every table. Leave a concept empty when the census did not ask it: the tables that need it are not produced.</source>
        <translation>Associez chaque concept IMILA à une variable de {file}. Le pays de naissance est obligatoire&#xa0;; le sexe et l&apos;âge sont nécessaires à presque tous les tableaux. Laissez un concept vide si le recensement ne l&apos;a pas demandé&#xa0;: les tableaux qui en ont besoin ne sont pas produits.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The variables were suggested from their names: check each one.</source>
        <translation>Les variables ont été suggérées d&apos;après leur nom&#xa0;: vérifiez chacune.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipe name:</source>
        <translation>Nom de la recette&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Census year:</source>
        <translation>Année du recensement&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file holds:</source>
        <translation>Le fichier contient&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One record per person (tables T00 to T10)</source>
        <translation>Un enregistrement par personne (tableaux T00 à T10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household members living abroad, one record per member (table T11)</source>
        <translation>Membres du ménage vivant à l&apos;étranger, un enregistrement par membre (tableau T11)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference period: left since</source>
        <translation>Période de référence&#xa0;: partis depuis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>up to</source>
        <translation>jusqu’en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The question as the questionnaire asks it, e.g. “salieron desde 2012”</source>
        <translation>La question telle que le questionnaire la pose, p. ex. «&#xa0;partis depuis 2012&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The census asks about the members who left within this period; those who left before are not counted in T11</source>
        <translation>Le recensement interroge sur les membres partis pendant cette période&#xa0;; ceux partis avant ne sont pas comptés dans T11</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Concept</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Variable of the file</source>
        <translation>Variable du fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it is coded</source>
        <translation>Codage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not stated values</source>
        <translation>Valeurs non déclarées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most frequent values</source>
        <translation>Valeurs les plus fréquentes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(not in the file)</source>
        <translation>(absent du fichier)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 9, 99</source>
        <translation>p. ex. 9, 99</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values that mean “not stated”, separated by commas</source>
        <translation>Valeurs signifiant «&#xa0;non déclaré&#xa0;», séparées par des virgules</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>values are IMILA codes</source>
        <translation>les valeurs sont des codes IMILA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use this recipe</source>
        <translation>Utiliser cette recette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the recipe as a JSON file, to use it again or with the command line, and use it</source>
        <translation>Enregistrer la recette dans un fichier JSON, pour la réutiliser ou s&apos;en servir en ligne de commande, et l&apos;utiliser</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>When the file&apos;s values are not the IMILA codes, map them: value=code, separated by commas (e.g. 1=1, 2=1, 3=2). IMILA codes:</source>
        <translation>Si les valeurs du fichier ne sont pas les codes IMILA, faites-les correspondre&#xa0;: valeur=code, séparés par des virgules (p. ex. 1=1, 2=1, 3=2). Codes IMILA&#xa0;:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The values of “{concept}” must be written value=code, separated by commas (e.g. 1=1, 2=1, 3=2).</source>
        <translation>Les valeurs de «&#xa0;{concept}&#xa0;» doivent s&apos;écrire valeur=code, séparées par des virgules (p. ex. 1=1, 2=1, 3=2).</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Save the tabulation recipe</source>
        <translation>Enregistrer la recette de tabulation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The recipe could not be saved in {path} ({error}). Choose another folder.</source>
        <translation>La recette n&apos;a pas pu être enregistrée dans {path} ({error}). Choisissez un autre dossier.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="+87"/>
        <source>The table as it will be stored</source>
        <translation>Le tableau tel qu&apos;il sera enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per published cell, labelled by its dimensions. Go back to correct the regions if a dimension or a label is wrong.</source>
        <translation>Une ligne par cellule publiée, repérée par ses variables. Revenez en arrière pour corriger les zones si une variable ou un libellé est faux.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Table:</source>
        <translation>Tableau&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimensions</source>
        <translation>Variables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the importer understood</source>
        <translation>Ce que l&apos;importateur a compris</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>rows</source>
        <translation>lignes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>columns</source>
        <translation>colonnes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>blocks</source>
        <translation>blocs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geography</source>
        <translation>géographie</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; — %Ln label(s) ({role}): {sample}</source>
        <translation>
            <numerusform>&lt;b&gt;{name}&lt;/b&gt; — %Ln libellé ({role})&#xa0;: {sample}</numerusform>
            <numerusform>&lt;b&gt;{name}&lt;/b&gt; — %Ln libellés ({role})&#xa0;: {sample}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{cells} cells from “{sheet}”</source>
        <translation>{cells} cellules de «&#xa0;{sheet}&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the first {count} are shown</source>
        <translation>les {count} premières sont affichées</translation>
    </message>
</context>
<context>
    <name>RoundsCard</name>
    <message>
        <location filename="../../app/ui/bank_charts.py" line="-321"/>
        <source>Every country of birth (else the {n} largest)</source>
        <translation>Tous les pays de naissance (sinon les {n} plus grands)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest at the latest round of the destination</source>
        <translation>Les plus grands au dernier cycle de la destination</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a destination and press Show.</source>
        <translation>Choisissez une destination et cliquez sur Afficher.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change above {pct} since the previous round</source>
        <translation>Variation de plus de {pct} depuis le cycle précédent</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Persons counted in {country}, by country of birth and census round</source>
        <translation>Personnes recensées en {country}, par pays de naissance et cycle de recensement</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/ui/rounds_view.py" line="+134"/>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Census round</source>
        <translation>Cycle de recensement</translation>
    </message>
    <message>
        <location filename="../../app/ui/rounds_view.py" line="-37"/>
        <source>The previous round and this one share no country of birth.</source>
        <translation>Le recensement précédent et celui-ci n&apos;ont aucun pays de naissance en commun.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <source>Census {year}</source>
        <translation>Recensement {year}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Foreign-born, census {previous} and {current}</source>
        <translation>Nés à l&apos;étranger, recensements {previous} et {current}</translation>
    </message>
</context>
<context>
    <name>RoundsModel</name>
    <message>
        <location line="-86"/>
        <source>Country of birth</source>
        <translation>Pays de naissance</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Census {year}</source>
        <translation>Recensement {year}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change (%)</source>
        <translation>Variation (%)</translation>
    </message>
</context>
<context>
    <name>RoundsView</name>
    <message>
        <location line="+141"/>
        <source>No country of birth changed by more than 50 % since the previous round.</source>
        <translation>Aucun pays de naissance n&apos;a varié de plus de 50 % depuis le recensement précédent.</translation>
    </message>
</context>
<context>
    <name>SheetsPage</name>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="-453"/>
        <source>Choose the sheets</source>
        <translation>Choisissez les feuilles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each checked sheet becomes a source of its own. The first sheet holding a table is checked.</source>
        <translation>Chaque feuille cochée devient une source à part entière. La première feuille contenant un tableau est cochée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheets of the file:</source>
        <translation>Feuilles du fichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check all visible</source>
        <translation>Cocher toutes les visibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uncheck all</source>
        <translation>Tout décocher</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>hidden in the workbook</source>
        <translation>masquée dans le classeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no table found</source>
        <translation>aucun tableau trouvé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>table found</source>
        <translation>tableau trouvé</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Sheet “{sheet}”</source>
        <translation>Feuille «&#xa0;{sheet}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <location filename="../../app/ui/models.py" line="-172"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>Importé le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
</context>
<context>
    <name>TablesModel</name>
    <message>
        <location filename="../../app/ui/mapping_models.py" line="+52"/>
        <source>Universe: {universe}</source>
        <translation>Univers&#xa0;: {universe}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This source already feeds this table.</source>
        <translation>Cette source alimente déjà ce tableau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fits this source: {pct} %</source>
        <translation>Adéquation à cette source&#xa0;: {pct} %</translation>
    </message>
</context>
<context>
    <name>TabulateDialog</name>
    <message>
        <location filename="../../app/ui/tabulate_dialog.py" line="-525"/>
        <source>Census person files ({patterns})</source>
        <translation>Fichiers des personnes du recensement ({patterns})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.csv *.txt *.tsv *.dat)</source>
        <translation>Fichiers texte (*.csv *.txt *.tsv *.dat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parquet (*.parquet *.pq)</source>
        <translation>Parquet (*.parquet *.pq)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SPSS (*.sav *.zsav)</source>
        <translation>SPSS (*.sav *.zsav)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stata (*.dta)</source>
        <translation>Stata (*.dta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Tabulation recipes (*.json)</source>
        <translation>Recettes de tabulation (*.json)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Age at departure</source>
        <translation>Âge au départ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Household</source>
        <translation>Ménage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Household weight (expansion factor)</source>
        <translation>Poids du ménage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Weight (expansion factor)</source>
        <translation>Pondération (coefficient d&apos;extrapolation)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Age when they left</source>
        <translation>Âge quand ils sont partis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age now (the years since they left are subtracted)</source>
        <translation>Âge actuel (les années depuis le départ sont soustraites)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Year of departure</source>
        <translation>Année de départ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years since they left</source>
        <translation>Années depuis le départ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Detect: M49 numbers, ISO codes or names</source>
        <translation>Détecter&#xa0;: numéros M49, codes ISO ou noms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M49 numbers (32, 152, 604…)</source>
        <translation>Numéros M49 (32, 152, 604…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO alpha-3 (ARG, CHL, PER…)</source>
        <translation>ISO alpha-3 (ARG, CHL, PER…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO alpha-2 (AR, CL, PE…)</source>
        <translation>ISO alpha-2 (AR, CL, PE…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country names or value labels</source>
        <translation>Noms de pays ou étiquettes de valeurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year of arrival</source>
        <translation>Année d&apos;arrivée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years lived in the country</source>
        <translation>Années de résidence dans le pays</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISIC Rev.4 divisions (2 digits)</source>
        <translation>CITI rév. 4, divisions (2 chiffres)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISIC Rev.4 groups (3 digits)</source>
        <translation>CITI rév. 4, groupes (3 chiffres)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISIC Rev.4 classes (4 digits)</source>
        <translation>CITI rév. 4, classes (4 chiffres)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISIC Rev.4 sections (letters A–U)</source>
        <translation>CITI rév. 4, sections (lettres A–U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISCO-08 unit groups (4 digits)</source>
        <translation>CITP-08, groupes de base (4 chiffres)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISCO-08 minor groups (3 digits)</source>
        <translation>CITP-08, sous-groupes (3 chiffres)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISCO-08 sub-major groups (2 digits)</source>
        <translation>CITP-08, sous-grands groupes (2 chiffres)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISCO-08 major groups (1 digit)</source>
        <translation>CITP-08, grands groupes (1 chiffre)</translation>
    </message>
    <message>
        <location line="+290"/>
        <source>As in the recipe: {kind}</source>
        <translation>Comme dans la recette&#xa0;: {kind}</translation>
    </message>
    <message>
        <location line="+381"/>
        <source>Tabulate microdata</source>
        <translation>Tabuler des microdonnées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tabulate the IMILA tables straight from the census person file: every table the recipe&apos;s variables allow, with all its totals; or table T11 from the emigrant module of a census or survey (the household members living abroad), with an emigrant recipe. The file is read where it lies, however large; the project records its name, size and checksum, not the confidential records.</source>
        <translation>Tabulez les tableaux IMILA directement à partir du fichier des personnes du recensement&#xa0;: tous les tableaux que permettent les variables de la recette, avec tous leurs totaux&#xa0;; ou le tableau T11 à partir du module d&apos;émigration d&apos;un recensement ou d&apos;une enquête (les membres du ménage vivant à l&apos;étranger), avec une recette d&apos;émigrants. Le fichier est lu là où il se trouve, quelle que soit sa taille&#xa0;; le projet enregistre son nom, sa taille et sa somme de contrôle, pas les enregistrements confidentiels.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Person or household file</source>
        <translation>Fichier des personnes ou des ménages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, Parquet, SPSS (.sav) or Stata (.dta) file, one record per person, or per household member abroad</source>
        <translation>Fichier CSV, Parquet, SPSS (.sav) ou Stata (.dta), un enregistrement par personne, ou par membre du ménage à l’étranger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipe</source>
        <translation>Recette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tabulation recipe (JSON) that binds the file&apos;s variables to the IMILA concepts</source>
        <translation>Une recette de tabulation (JSON) qui associe les variables du fichier aux concepts IMILA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build a recipe…</source>
        <translation>Créer une recette…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bind the file&apos;s variables to the IMILA concepts in a form</source>
        <translation>Associer les variables du fichier aux concepts IMILA dans un formulaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclosure control</source>
        <translation>Secret statistique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag cells of fewer than</source>
        <translation>Marquer les cellules de moins de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>persons as confidential (C); totals are kept</source>
        <translation>personnes comme confidentielles (C)&#xa0;; les totaux sont conservés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flagged cells keep their value in the project but are not exported</source>
        <translation>Les cellules marquées gardent leur valeur dans le projet mais ne sont pas exportées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also keep a copy of the person file in the project (files up to 64 MiB)</source>
        <translation>Conserver aussi une copie du fichier des personnes dans le projet (fichiers jusqu&apos;à 64 Mio)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person records are confidential and a project file is copied and sent: without a copy the project keeps the file&apos;s name, size and checksum only</source>
        <translation>Les enregistrements des personnes sont confidentiels et un fichier de projet se copie et s&apos;envoie&#xa0;: sans copie, le projet ne conserve que le nom, la taille et la somme de contrôle du fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tabulating…</source>
        <translation>Tabulation en cours…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the tabulation; the project stays as it was</source>
        <translation>Arrêter la tabulation&#xa0;; le projet reste tel quel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tabulate</source>
        <translation>Tabuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cancelled: the project is as it was before.</source>
        <translation>Annulé&#xa0;: le projet est comme avant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another task is running: wait for it to finish, then tabulate.</source>
        <translation>Une autre tâche est en cours&#xa0;: attendez qu&apos;elle se termine, puis tabulez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tabulation stopped because of an unexpected error; the project is as it was before and the details were logged.</source>
        <translation>La tabulation s&apos;est arrêtée à cause d&apos;une erreur inattendue&#xa0;; le projet est comme avant et les détails ont été consignés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the person file first.</source>
        <translation>Choisissez d&apos;abord le fichier des personnes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the variables of {file}…</source>
        <translation>Lecture des variables de {file}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopping the tabulation…</source>
        <translation>Arrêt de la tabulation…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Census person file</source>
        <translation>Fichier des personnes du recensement</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Census records stay on this computer; only the tables enter the submission.</source>
        <translation>Les enregistrements du recensement restent sur cet ordinateur&#xa0;; seuls les tableaux entrent dans l&apos;envoi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No file at this path.</source>
        <translation>Aucun fichier à cet emplacement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}, {size}</source>
        <translation>{file}, {size}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tabulation recipe</source>
        <translation>Recette de tabulation</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No recipe yet: open one, or build one from the file&apos;s variables.</source>
        <translation>Pas encore de recette&#xa0;: ouvrez-en une, ou créez-la à partir des variables du fichier.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>and {count} more</source>
        <translation>et {count} de plus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>household members abroad → T11</source>
        <translation>membres du ménage à l’étranger → T11</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>left {years}</source>
        <translation>partis en {years}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left since {year}</source>
        <translation>partis depuis {year}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reference period of the project</source>
        <translation>période de référence du projet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>numbered columns per household</source>
        <translation>colonnes numérotées par ménage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>census {year}</source>
        <translation>recensement {year}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not saved</source>
        <translation>non enregistrée</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Tabulating {file}…</source>
        <translation>Tabulation de {file}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready. Tabulate writes the tables into the project in one step; a cancel or an error leaves the project as it was.</source>
        <translation>Prêt. «&#xa0;Tabuler&#xa0;» enregistre les tableaux dans le projet en une seule étape&#xa0;; une annulation ou une erreur laisse le projet tel quel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the person file and a recipe, then Tabulate.</source>
        <translation>Choisissez le fichier des personnes et une recette, puis cliquez sur Tabuler.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tabulating {file}</source>
        <translation>Tabulation de {file}</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>{records} records of {file} tabulated in {seconds} s: {count} observations in {tables} tables.</source>
        <translation>{records} enregistrements de {file} tabulés en {seconds} s&#xa0;: {count} observations dans {tables} tableaux.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Nothing to note: every value was understood.</source>
        <translation>Rien à signaler&#xa0;: toutes les valeurs ont été comprises.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tables ({count})</source>
        <translation>Tableaux ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes on the data ({count})</source>
        <translation>Notes sur les données ({count})</translation>
    </message>
</context>
<context>
    <name>TidyTableModel</name>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="-516"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flag</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cell</source>
        <translation>Cellule</translation>
    </message>
</context>
<context>
    <name>TopCountriesCard</name>
    <message>
        <location filename="../../app/ui/charts.py" line="+25"/>
        <source>There is no table by country of birth and sex yet (T01).</source>
        <translation>Il n&apos;y a pas encore de tableau par pays de naissance et sexe (T01).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The {n} largest countries of birth, by sex</source>
        <translation>Les {n} principaux pays de naissance, par sexe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
</context>
<context>
    <name>TourOverlay</name>
    <message>
        <location filename="../../app/ui/tour.py" line="+167"/>
        <source>Step {n} of {total}</source>
        <translation>Étape {n} sur {total}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Done</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Don&apos;t show again</source>
        <translation>Ne plus afficher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the tour</source>
        <translation>Fermer la visite</translation>
    </message>
</context>
<context>
    <name>UnexplainedDialog</name>
    <message>
        <location filename="../../app/ui/pages/export_page.py" line="-382"/>
        <source>Warnings without an explanation</source>
        <translation>Avertissements sans explication</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 warning has no explanation.</source>
        <translation>1 avertissement n&apos;a pas d&apos;explication.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} warnings have no explanation.</source>
        <translation>{n} avertissements n&apos;ont pas d&apos;explication.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CELADE will read them in the quality report without your reasons. Send the package anyway (your confirmation is recorded with it), or explain them first on the Check page.</source>
        <translation>Le CELADE les lira dans le rapport de qualité sans vos raisons. Envoyez le paquet quand même (votre confirmation y est consignée), ou expliquez-les d&apos;abord dans la page Contrôler.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send without explanation</source>
        <translation>Envoyer sans explication</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explain them first</source>
        <translation>Les expliquer d&apos;abord</translation>
    </message>
</context>
<context>
    <name>VerifyReportDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="+12"/>
        <source>Package verification</source>
        <translation>Vérification du paquet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The package {name} is valid: its checksums match and its data pass the checks.</source>
        <translation>Le paquet {name} est valide&#xa0;: ses sommes de contrôle concordent et ses données passent les contrôles.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The package {name} is not acceptable. Problems found:</source>
        <translation>Le paquet {name} n&apos;est pas recevable. Problèmes constatés&#xa0;:</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../app/ui/welcome.py" line="+219"/>
        <source>Prepare your census tables on international migration for CELADE&apos;s IMILA data bank: import, map, check and export.</source>
        <translation>Préparez vos tableaux de recensement sur les migrations internationales pour la banque de données IMILA du CELADE&#xa0;: importez, faites correspondre, contrôlez et exportez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the demo</source>
        <translation>Ouvrir la démonstration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A small fictional census with errors seeded on purpose: the best way to look around.</source>
        <translation>Un petit recensement fictif avec des erreurs glissées exprès&#xa0;: le meilleur moyen de faire le tour de l&apos;application.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New project…</source>
        <translation>Nouveau projet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a submission for your country&apos;s census: one file holds all its work.</source>
        <translation>Commencez un envoi pour le recensement de votre pays&#xa0;: un seul fichier contient tout le travail.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open project…</source>
        <translation>Ouvrir un projet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carry on with a project file (.imila) made earlier or sent by a colleague.</source>
        <translation>Reprenez un fichier de projet (.imila) créé auparavant ou envoyé par un collègue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent projects</source>
        <translation>Projets récents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New here?</source>
        <translation>Première visite&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the guided tour</source>
        <translation>Suivre la visite guidée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the help</source>
        <translation>Lire l&apos;aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop exercises</source>
        <translation>Exercices de l&apos;atelier</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>← Back to {name}</source>
        <translation>← Revenir à {name}</translation>
    </message>
</context>
<context>
    <name>WomenBreakdownModel</name>
    <message>
        <location filename="../../app/ui/women_view.py" line="+116"/>
        <source>Activity status</source>
        <translation>Situation d&apos;activité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Occupation</source>
        <translation>Profession</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>% of women</source>
        <translation>% des femmes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>% of men</source>
        <translation>% des hommes</translation>
    </message>
</context>
<context>
    <name>WomenByCountryModel</name>
    <message>
        <location line="-68"/>
        <source>Country of birth</source>
        <translation>Pays de naissance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Women (%)</source>
        <translation>Femmes (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex ratio</source>
        <translation>Rapport de masculinité</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Women per 100 persons born in that country</source>
        <translation>Femmes pour 100 personnes nées dans ce pays</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Men per 100 women</source>
        <translation>Hommes pour 100 femmes</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The checks flag this sex ratio as unusual (see the findings).</source>
        <translation>Les contrôles signalent ce rapport de masculinité comme inhabituel (voir les constats).</translation>
    </message>
</context>
<context>
    <name>WomenView</name>
    <message>
        <location line="+190"/>
        <source>Women and men by country of birth (T01)</source>
        <translation>Femmes et hommes par pays de naissance (T01)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity status of foreign-born women and men (T07)</source>
        <translation>Situation d&apos;activité des femmes et des hommes nés à l&apos;étranger (T07)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation of employed foreign-born women and men (T09)</source>
        <translation>Profession des femmes et des hommes en emploi nés à l&apos;étranger (T09)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the tables…</source>
        <translation>Lecture des tableaux…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project has no table by country of birth and sex yet (T01).</source>
        <translation>Le projet n&apos;a pas encore de tableau par pays de naissance et sexe (T01).</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Women are {share} % of the people born abroad whose country of birth is known ({women} of {total}); {ratio} men per 100 women.</source>
        <translation>Les femmes représentent {share} % des personnes nées à l&apos;étranger dont le pays de naissance est connu ({women} sur {total})&#xa0;; {ratio} hommes pour 100 femmes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The project has no table by activity status (T07): import it to see how many foreign-born women are employed, unemployed or inactive.</source>
        <translation>Le projet n&apos;a pas de tableau par situation d&apos;activité (T07)&#xa0;: importez-le pour voir combien de femmes nées à l&apos;étranger sont en emploi, au chômage ou inactives.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project has no table by occupation (T09): import it to see the occupations of employed foreign-born women.</source>
        <translation>Le projet n&apos;a pas de tableau par profession (T09)&#xa0;: importez-le pour voir les professions des femmes en emploi nées à l&apos;étranger.</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <location filename="../../app/ui/workshop_dialog.py" line="+115"/>
        <location line="+1"/>
        <source>Workshop exercises</source>
        <translation>Exercices de l&apos;atelier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practise each step on the census of a fictional country. Each exercise opens its own project; its checklist beside the pages ticks itself as you work.</source>
        <translation>Exercez-vous à chaque étape sur le recensement d&apos;un pays fictif. Chaque exercice ouvre son propre projet&#xa0;; sa liste de tâches, à côté des pages, se coche d&apos;elle-même à mesure que vous avancez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your work is kept in {folder}</source>
        <translation>Votre travail est conservé dans {folder}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change folder…</source>
        <translation>Changer de dossier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start over…</source>
        <translation>Recommencer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export progress…</source>
        <translation>Exporter la progression…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Folder of the workshop exercises</source>
        <translation>Dossier des exercices de l&apos;atelier</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Preparing “{title}”</source>
        <translation>Préparation de «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+5"/>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Start “{title}” over? Everything done in this exercise is lost.</source>
        <translation>Recommencer «&#xa0;{title}&#xa0;»&#xa0;? Tout ce qui a été fait dans cet exercice sera perdu.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Starting over</source>
        <translation>Réinitialisation</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Writing the progress report</source>
        <translation>Production du rapport de progression</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Progress written to {json} and {csv}.</source>
        <translation>Progression enregistrée dans {json} et {csv}.</translation>
    </message>
</context>
<context>
    <name>WorkshopDock</name>
    <message>
        <location filename="../../app/ui/workshop_panel.py" line="+362"/>
        <source>Workshop &amp;checklist</source>
        <translation>&amp;Liste des tâches de l&apos;atelier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop exercise</source>
        <translation>Exercice de l&apos;atelier</translation>
    </message>
</context>
<context>
    <name>WorkshopPanel</name>
    <message>
        <location line="-150"/>
        <source>Exercise complete: well done!</source>
        <translation>Exercice terminé&#xa0;: bravo&#xa0;!</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checklist: one more item done.</source>
        <translation>Liste des tâches&#xa0;: une étape de plus accomplie.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>{done} of {total} done</source>
        <translation>{done} sur {total} accomplies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking your project…</source>
        <translation>Vérification de votre projet…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checklist</source>
        <translation>Liste des tâches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every item is done: this exercise is complete. Open the next one from “Exercises…”.</source>
        <translation>Toutes les étapes sont accomplies&#xa0;: cet exercice est terminé. Ouvrez le suivant depuis «&#xa0;Exercices…&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The list also updates by itself after each change</source>
        <translation>La liste se met aussi à jour d&apos;elle-même après chaque modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercises…</source>
        <translation>Exercices…</translation>
    </message>
</context>
<context>
    <name>_JobLink</name>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="+186"/>
        <source>Cancelled: nothing was read. Change a setting or go back to try again.</source>
        <translation>Annulé&#xa0;: rien n&apos;a été lu. Modifiez un réglage ou revenez en arrière pour réessayer.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/ui/welcome.py" line="+41"/>
        <source>The demo project is not available in this installation.</source>
        <translation>Le projet de démonstration n&apos;est pas disponible dans cette installation.</translation>
    </message>
</context>
</TS>
