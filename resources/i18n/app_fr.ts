<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
    <name>CheckPage</name>
    <message>
        <location filename="../../app/ui/pages/check_page.py" line="+65"/>
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
        <translation>Les erreurs bloquent l&apos;exportation ; les avertissements exigent une explication écrite jointe au paquet ; les notes sont informatives.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run checks</source>
        <translation>Lancer les contrôles</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Running checks</source>
        <translation>Contrôles en cours</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Checking…</source>
        <translation>Contrôle en cours…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The checks run when the data change.</source>
        <translation>Les contrôles sont relancés quand les données changent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} errors</source>
        <translation>{n} erreurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 error</source>
        <translation>1 erreur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} warnings</source>
        <translation>{n} avertissements</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 warning</source>
        <translation>1 avertissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} notes</source>
        <translation>{n} notes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 note</source>
        <translation>1 note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{summary} · checked at {time}</source>
        <translation>{summary} · contrôlé à {time}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The checks are not available in this version yet.</source>
        <translation>Les contrôles ne sont pas encore disponibles dans cette version.</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <translation>Aucun constat : les données passent tous les contrôles.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cells: {cells}</source>
        <translation>Cellules : {cells}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="+40"/>
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
        <translation>Votre projet est intact : chaque modification est enregistrée dans le fichier du projet dès qu&apos;elle est faite, et l&apos;action qui a échoué a été annulée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The details were written to {path}.</source>
        <translation>Les détails ont été enregistrés dans {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please send them to your support contact.</source>
        <translation>Veuillez les transmettre à votre contact d’assistance technique.</translation>
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
    <name>Errors</name>
    <message>
        <location filename="../../app/ui/app.py" line="+104"/>
        <source>IMILA Desk</source>
        <translation>IMILA Desk</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../app/ui/pages/export_page.py" line="+89"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the submission package</source>
        <translation>Exporter le paquet d&apos;envoi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With no open errors, write the package for CELADE: data, metadata, quality report and mappings, with checksums.</source>
        <translation>Sans erreur en suspens, produisez le paquet pour le CELADE : données, métadonnées, rapport de qualité et correspondances, avec sommes de contrôle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Output folder:</source>
        <translation>Dossier de destination :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels in:</source>
        <translation>Libellés en :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export even if some warnings are not explained yet (this is recorded)</source>
        <translation>Exporter même si des avertissements ne sont pas encore expliqués (ce choix est consigné)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export package</source>
        <translation>Exporter le paquet</translation>
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
        <source>No package written yet.</source>
        <translation>Aucun paquet n&apos;a encore été produit.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Export is not available in this version yet.</source>
        <translation>L&apos;exportation n&apos;est pas encore disponible dans cette version.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 error must be corrected before the export (see the Check page).</source>
        <translation>1 erreur doit être corrigée avant l&apos;exportation (voir la page Contrôler).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} errors must be corrected before the export (see the Check page).</source>
        <translation>{n} erreurs doivent être corrigées avant l&apos;exportation (voir la page Contrôler).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Output folder</source>
        <translation>Dossier de destination</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Writing the package</source>
        <translation>Production du paquet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the package…</source>
        <translation>Production du paquet…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Written: {name} — &lt;a href=&quot;{url}&quot;&gt;open folder&lt;/a&gt;</source>
        <translation>Produit : {name} — &lt;a href=&quot;{url}&quot;&gt;ouvrir le dossier&lt;/a&gt;</translation>
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
    <name>FindingsModel</name>
    <message>
        <location line="-90"/>
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
    <name>ImportPage</name>
    <message>
        <location filename="../../app/ui/pages/import_page.py" line="+58"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+30"/>
        <source>Import census tables</source>
        <translation>Importer les tableaux du recensement</translation>
    </message>
    <message>
        <location line="-27"/>
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
        <source>or drop files onto this window: CSV, Excel (XLSX, XLS), OpenDocument (ODS), SPSS (SAV), Stata (DTA).</source>
        <translation>ou déposez des fichiers dans cette fenêtre : CSV, Excel (XLSX, XLS), OpenDocument (ODS), SPSS (SAV), Stata (DTA).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source files</source>
        <translation>Fichiers sources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No files imported yet.
Use “Import file…” or drop a file here.</source>
        <translation>Aucun fichier importé pour l&apos;instant.
Utilisez « Importer un fichier… » ou déposez un fichier ici.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last import</source>
        <translation>Dernière importation</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Census tables ({patterns});;All files (*)</source>
        <translation>Tableaux du recensement ({patterns});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{file}: observations written to {tables}.</source>
        <translation>{file} : observations enregistrées dans {tables}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is stored in the project; no observations were written yet.</source>
        <translation>{file} est conservé dans le projet ; aucune observation n&apos;a encore été enregistrée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The IMILA table of {file} was not recognised: choose it on the Map page.</source>
        <translation>Le tableau IMILA de {file} n&apos;a pas été reconnu : choisissez-le dans la page Correspondance.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} labels have no IMILA code yet: complete the mapping on the Map page.</source>
        <translation>{count} libellés n&apos;ont pas encore de code IMILA : complétez la correspondance dans la page Correspondance.</translation>
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
        <translation>Arrêter cette tâche ; le projet reste tel quel</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="+365"/>
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
        <translation>À &amp;propos d’IMILA Desk</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No recent projects</source>
        <translation>Aucun projet récent</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Project: {path}</source>
        <translation>Projet : {path}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;h3&gt;IMILA Desk {version}&lt;/h3&gt;&lt;p&gt;Prepare census tables on international migration for the IMILA data bank of CELADE, the Population Division of ECLAC.&lt;/p&gt;&lt;p&gt;IMILA schema version {schema}.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;IMILA Desk {version}&lt;/h3&gt;&lt;p&gt;Préparation des tableaux de recensement sur les migrations internationales pour la banque de données IMILA du CELADE-Division de la population de la CEPALC.&lt;/p&gt;&lt;p&gt;Version du schéma IMILA : {schema}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About IMILA Desk</source>
        <translation>À propos d’IMILA Desk</translation>
    </message>
    <message>
        <location line="+104"/>
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
        <translation>Veuillez patienter : une autre tâche est en cours.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>This version can only import long CSV files of IMILA codes; {file} was not imported.</source>
        <translation>Cette version n&apos;importe que des fichiers CSV au format long avec des codes IMILA ; {file} n&apos;a pas été importé.</translation>
    </message>
    <message>
        <location line="+5"/>
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
    <name>MapPage</name>
    <message>
        <location filename="../../app/ui/pages/map_page.py" line="+31"/>
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
        <source>No mappings yet.
Import a table to create its mapping.</source>
        <translation>Aucune correspondance pour l&apos;instant.
Importez un tableau pour créer sa correspondance.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a mapping to review it; the mapping editor opens on this page.</source>
        <translation>Sélectionnez une correspondance pour la revoir ; l&apos;éditeur de correspondances s&apos;ouvre dans cette page.</translation>
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
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="+49"/>
        <location line="+33"/>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>A project holds one census submission: its tables, mappings, checks and exports, all in one file.</source>
        <translation>Un projet contient un envoi de recensement : ses tableaux, correspondances, contrôles et exportations, le tout dans un seul fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country:</source>
        <translation>Pays :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Census year:</source>
        <translation>Année du recensement :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project file:</source>
        <translation>Fichier du projet :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>IMILA projects (*.imila)</source>
        <translation>Projets IMILA (*.imila)</translation>
    </message>
    <message>
        <location line="+22"/>
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
        <translation>Un fichier de ce nom existe déjà. Choisissez un autre nom : un projet existant n&apos;est jamais écrasé.</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="+198"/>
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
        <translation>Pays :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Census name:</source>
        <translation>Nom du recensement :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Census year:</source>
        <translation>Année du recensement :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference date:</source>
        <translation>Date de référence :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Census round:</source>
        <translation>Cycle de recensement :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enumeration basis:</source>
        <translation>Base de dénombrement :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source type:</source>
        <translation>Type de source :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Statistics office:</source>
        <translation>Institut de statistique :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact person:</source>
        <translation>Personne à contacter :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact email:</source>
        <translation>Courriel de contact :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submission version:</source>
        <translation>Version de l&apos;envoi :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Submission language:</source>
        <translation>Langue de l&apos;envoi :</translation>
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
        <source>Activity</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+126"/>
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
    <name>VerifyReportDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="+12"/>
        <source>Package verification</source>
        <translation>Vérification du paquet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The package {name} is valid: its checksums match and its data pass the checks.</source>
        <translation>Le paquet {name} est valide : ses sommes de contrôle concordent et ses données passent les contrôles.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The package {name} is not acceptable. Problems found:</source>
        <translation>Le paquet {name} n&apos;est pas recevable. Problèmes constatés :</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="-488"/>
        <source>Prepare your census tables on international migration for CELADE&apos;s IMILA data bank: import, map, check and export.</source>
        <translation>Préparez vos tableaux de recensement sur les migrations internationales pour la banque de données IMILA du CELADE : importez, faites correspondre, contrôlez et exportez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New project…</source>
        <translation>Nouveau projet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open project…</source>
        <translation>Ouvrir un projet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent projects</source>
        <translation>Projets récents</translation>
    </message>
</context>
</TS>
