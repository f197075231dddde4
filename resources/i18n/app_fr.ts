<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="+140"/>
        <source>About IMILA Desk</source>
        <translation type="unfinished">À propos d’IMILA Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare census tables on international migration for the IMILA data bank of CELADE, the Population Division of ECLAC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IMILA schema:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt for Python (PySide6):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Python:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Components and their licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the installed versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hover over a component to read its notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the versions and licences, for a support request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Copied</source>
        <translation type="unfinished">Copié</translation>
    </message>
</context>
<context>
    <name>ArrivalsCard</name>
    <message>
        <location filename="../../app/ui/charts.py" line="+281"/>
        <source>There is no table by period of arrival yet (T04).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Foreign-born population by period of arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period of arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before {year}</source>
        <translation type="unfinished"></translation>
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
    <name>BindingsModel</name>
    <message>
        <location filename="../../app/ui/mapping_models.py" line="+554"/>
        <source>Sum over (not in IMILA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+28"/>
        <source>Sum every label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Source dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IMILA dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{count} labels: {labels}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The published total of this dimension is kept; the other labels are left out. Without one, every label is added up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Total of “{dimension}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CellsPivotModel</name>
    <message>
        <location filename="../../app/ui/cells_view.py" line="+127"/>
        <source>The table has no such cell.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CellsView</name>
    <message>
        <location line="+177"/>
        <source>Where the highlighted cells come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+39"/>
        <source>Select a finding to see its cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Source file: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cells</source>
        <translation type="unfinished">Cellules</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+90"/>
        <source>Table {table}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-87"/>
        <source>{rows} down, {columns} across</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only {cells}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This finding concerns the whole table: it names no particular cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This table is not part of the IMILA schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cells could not be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../app/ui/charts.py" line="-203"/>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Save chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chart could not be saved to {path}. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message>
        <location line="+183"/>
        <source>Population pyramid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrivals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reading the tables…</source>
        <translation type="unfinished"></translation>
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
        <translation>Les erreurs bloquent l&apos;exportation ; les avertissements exigent une explication écrite jointe au paquet ; les notes sont informatives.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run checks</source>
        <translation>Lancer les contrôles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open quality report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report that goes into the package, as the data stand now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women in migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why are these figures right as they are? For example: the census published them this way, and the difference comes from…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record this explanation; it travels with the package</source>
        <translation type="unfinished"></translation>
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
    <message>
        <location line="+14"/>
        <source>({n} explained)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{summary} · from the last run; the checks run again when the data change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The checks run when the data change.</source>
        <translation>Les contrôles sont relancés quand les données changent.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No finding matches this filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cells</source>
        <translation type="unfinished">Cellules</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>History ({n})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Errors cannot be explained: correct the table or its mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes need no explanation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explained by {author} on {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not explained yet: write why the figures are right as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Explanation saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Writing the quality report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-237"/>
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
        <location line="+12"/>
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
        <translation>Aucun constat : les données passent tous les contrôles.</translation>
    </message>
</context>
<context>
    <name>CodeListModel</name>
    <message>
        <location filename="../../app/ui/mapping_models.py" line="+405"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Also known as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sub-region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Former country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Others of a region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Born in the country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>National subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typed code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave this label out of the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>National subtotal “{name}” (checked, not exported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the code {code}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodePickerDialog</name>
    <message>
        <location filename="../../app/ui/code_picker.py" line="+93"/>
        <source>Choose a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code for “{label}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no code yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{dimension} ({id}) · now: {current}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a code, a name or another name it is known by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Codes shown: {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="+1279"/>
        <source>Import into the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has been stored yet. Click Import to add the file to the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sheets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Corrections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is stored in the project unchanged, with its checksum and these settings, so that it can be read again and re-imported when a corrected edition is published. Each checked sheet becomes a source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map to the IMILA tables right away when every label has a confident code (otherwise the file waits on the Map page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decimal mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>thousands separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as the workbook stores it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none, the detection is used as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import</source>
        <translation type="unfinished">Importer</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress: {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplanationHistoryDialog</name>
    <message>
        <location filename="../../app/ui/pages/check_page.py" line="-474"/>
        <source>Explanation history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Written</source>
        <translation type="unfinished">Produit le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation type="unfinished">Par</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replaced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../app/ui/pages/export_page.py" line="+245"/>
        <location line="+131"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="-128"/>
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
        <source>Language of the labels in the spreadsheet and the quality report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include the original source files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The census tables as imported, unchanged, under sources/ in the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+177"/>
        <source>Written: {name}
in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Export package</source>
        <translation>Exporter le paquet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the Check page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation type="unfinished">Règle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Table</source>
        <translation type="unfinished">Tableau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error</source>
        <translation type="unfinished">Erreur</translation>
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
        <location line="+36"/>
        <source>1 error must be corrected before the export (see the Check page).</source>
        <translation>1 erreur doit être corrigée avant l&apos;exportation (voir la page Contrôler).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} errors must be corrected before the export (see the Check page).</source>
        <translation>{n} erreurs doivent être corrigées avant l&apos;exportation (voir la page Contrôler).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The package cannot be written while 1 error is open:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The package cannot be written while {n} errors are open:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Output folder</source>
        <translation>Dossier de destination</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The folder {folder} cannot be used ({error}). Choose another one.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <source>A report of the exercises done, for the trainer: a JSON file and a CSV file beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation type="unfinished">Parcourir…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Progress report (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write the participant&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose where to write the report.</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../app/ui/import_wizard.py" line="-699"/>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is read as your office published it; check what was detected and correct any guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First rows as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decimal mark:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thousands separator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbers are read as the workbook stores them; encoding and delimiter only apply to text files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can also drop a file onto this window. Formats: CSV and text, Excel (XLSX, XLSM, XLS), OpenDocument (ODS), SPSS (SAV), Stata (DTA), HTML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UTF-8 with signature (BOM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows-1252 (Western Europe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mac OS Roman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma  ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Semicolon  ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertical bar  |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Point  1234.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comma  1234,5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None  1234567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Point  1.234.567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comma  1,234,567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space  1 234 567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apostrophe  1&apos;234&apos;567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No file chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delimited text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel 97-2003 workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OpenDocument spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SPSS data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stata data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} (table found on “{sheet}”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{size}, modified {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Detection confidence: {percent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{option} — detected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingCellsModel</name>
    <message>
        <location filename="../../app/ui/cells_view.py" line="-187"/>
        <source>Cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source file</source>
        <translation type="unfinished">Fichier source</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Errors ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warnings ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Whole project ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Rule</source>
        <translation type="unfinished">Règle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation type="unfinished">Message</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cells</source>
        <translation type="unfinished">Cellules</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpViewer</name>
    <message>
        <location filename="../../app/ui/help_viewer.py" line="+115"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Help — {title}</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tabulate the IMILA tables straight from the census person file (CSV, Parquet, SPSS, Stata)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a corrected edition of the selected file with the same settings and mapping; it replaces the file and its observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>or drop files onto this window: CSV, Excel (XLSX, XLS), OpenDocument (ODS), SPSS (SAV), Stata (DTA), HTML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Corrected edition of {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same kind of file ({pattern});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Re-importing {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{file} was not re-imported: {count} of its labels are not in the mapping of the file it corrects. Nothing was changed. Import it with “Import file…” and complete its mapping on the Map page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-138"/>
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
        <location line="+145"/>
        <source>{file}: observations written to {tables}.</source>
        <translation>{file} : observations enregistrées dans {tables}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is stored in the project; no observations were written yet.</source>
        <translation>{file} est conservé dans le projet ; aucune observation n&apos;a encore été enregistrée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It replaces the earlier edition of the file and the observations that came from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
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
    <name>ImportWizard</name>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="+658"/>
        <location line="+65"/>
        <source>Import a census table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Import</source>
        <translation type="unfinished">Importer</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The file could not be read because of an unexpected error; the details were logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+200"/>
        <source>Reading {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-152"/>
        <location line="+30"/>
        <source>Reading “{sheet}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Importing {file}</source>
        <translation type="unfinished">Importation de {file}</translation>
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
    <name>LabelsModel</name>
    <message>
        <location filename="../../app/ui/mapping_models.py" line="-349"/>
        <source>Dim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label in the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IMILA code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IMILA dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The label as the source publishes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code and its name in IMILA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How sure the suggestion is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this code was suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested with confidence: accept it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To confirm: the suggestion is not certain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No code yet: choose one or leave the label out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No code yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left out of this table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subtotal of {members}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(blank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New label: the recipe did not know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>National subtotal (checked for additivity, not exported): {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{label} (from “{dimension}”)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicencesModel</name>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="-157"/>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation type="unfinished">Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copyright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} (build only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="+315"/>
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
        <location line="+1"/>
        <source>Help &amp;contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guided &amp;tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Welcome page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Workshop exercises…</source>
        <translation type="unfinished"></translation>
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
    <name>MapOverviewModel</name>
    <message>
        <location filename="../../app/ui/mapping_models.py" line="-387"/>
        <source>Mapping</source>
        <translation type="unfinished">Correspondance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IMILA table</source>
        <translation type="unfinished">Tableau IMILA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source file</source>
        <translation type="unfinished">Fichier source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation type="unfinished">Par</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Not mapped yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The source file of this mapping is no longer in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open this source to map it to an IMILA table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this mapping to review or change it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../app/ui/pages/map_page.py" line="+623"/>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No tables to map yet.
Import a census table: it appears here to be mapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a row to open its mapping. A source can feed several IMILA tables: open it and choose another table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>← All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the sources; what you changed here is kept until you apply it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this mapping as a recipe file, or replay a recipe on this source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share the mapping memory: the codes confirmed before, suggested everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save recipe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply recipe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export mapping memory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import mapping memory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMILA table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The IMILA table this source feeds. A source can feed several tables: choose another one to add its mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter labels, codes or names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only those to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Accept all confident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Accept every suggestion with a confidence of 90 % or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Accept the code of the selected labels (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Change code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Choose another code for the selected labels (F2 or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the selected labels out of this table (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave out of this table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimension down the rows of the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimension across the columns of the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Undo: {action} (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo: {action} (Ctrl+Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo (Ctrl+Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The source file of this mapping is no longer in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading the source and suggesting codes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Suggesting codes for {table}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+108"/>
        <source>feeds {tables}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not mapped yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot apply yet: the label {labels} has no code. Choose its code or leave it out of the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot apply yet: {count} labels have no code ({labels}). Choose their codes or leave them out of the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot apply yet: {count} uncertain suggestions need your decision ({labels}). Accept or change each of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} suggested codes are waiting for your review. Check them and click “Accept all confident”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot apply yet: the source dimension “{name}” is not bound. Bind it to an IMILA dimension or sum over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No IMILA table was recognised in this source: choose the table it feeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} uncertain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} without code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write the observations of {table} from this source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These codes are already applied; change a code to apply again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied: the observations of {table} in the project come from this mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every label has a code. Apply the mapping to replace the observations of {table} from this source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every label has a code. Apply the mapping to write the observations of {table}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels of every dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Choose labels of one dimension to give them a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{count} labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Leave out “{label}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out {count} labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the code of “{label}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the codes of {count} labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code of “{label}”: {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code of {count} labels: {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Accept “{label}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept {count} labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every confident suggestion is already accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept {count} confident codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Suggesting codes for “{dimension}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bind “{dimension}” to {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Preview of {table}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Not in the preview, without a code: {labels}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other dimensions at: {held}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Writing the observations of {table}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{count} observations written to {table}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Save recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mapping recipes (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The recipe could not be written to {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recipe saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Apply recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mapping recipes (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Replaying the recipe “{name}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Apply recipe {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recipe applied: {count} new labels to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipe applied: every label was known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export mapping memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mapping memory (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting the mapping memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} remembered codes exported to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import mapping memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mapping memory (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing a mapping memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} codes added to your mapping memory; they are suggested from now on.</source>
        <translation type="unfinished"></translation>
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
    <name>Page</name>
    <message>
        <location filename="../../app/ui/pages/base.py" line="+95"/>
        <source>Help on this page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewGridModel</name>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="-1468"/>
        <location line="+19"/>
        <source>hidden row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location line="+743"/>
        <source>Check what was understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coloured regions show how the table was read. To correct one, select rows or columns (click their numbers or letters) and mark them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation type="unfinished">Titre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Mark the selected rows as title rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected rows as header rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected rows as data rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected rows as notes and footer (not data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected data rows as totals (again to unmark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected columns as label (stub) columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected columns as data columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected data columns as totals (again to unmark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the corrections of this sheet and use the detection again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Mark the header and data rows to read it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your corrections are applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detection confidence: {percent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes of the table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the first {count} rows are shown; the whole sheet is imported.</source>
        <translation type="unfinished"></translation>
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
    <name>PyramidCard</name>
    <message>
        <location filename="../../app/ui/charts.py" line="-179"/>
        <source>Country of birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>All countries of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no table of the foreign-born by sex and age yet (T01, or T00&apos;s foreign-born rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Population pyramid of the foreign-born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Age group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipeBuilderDialog</name>
    <message>
        <location filename="../../app/ui/tabulate_dialog.py" line="+360"/>
        <source>Build a tabulation recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bind each IMILA concept to a variable of {file}. Country of birth is required; sex and age are needed by almost every table. Leave a concept empty when the census did not ask it: the tables that need it are not produced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The variables were suggested from their names: check each one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipe name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Census year:</source>
        <translation type="unfinished">Année du recensement :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Variable of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it is coded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not stated values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most frequent values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(not in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 9, 99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values that mean “not stated”, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>values are IMILA codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use this recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the recipe as a JSON file, to use it again or with the command line, and use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>When the file&apos;s values are not the IMILA codes, map them: value=code, separated by commas (e.g. 1=1, 2=1, 3=2). IMILA codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The values of “{concept}” must be written value=code, separated by commas (e.g. 1=1, 2=1, 3=2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Save the tabulation recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The recipe could not be saved in {path} ({error}). Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="+81"/>
        <source>The table as it will be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per published cell, labelled by its dimensions. Go back to correct the regions if a dimension or a label is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the importer understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {count} labels ({role}): {sample}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{cells} cells from “{sheet}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the first {count} are shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetsPage</name>
    <message>
        <location line="-448"/>
        <source>Choose the sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each checked sheet becomes a source of its own. The first sheet holding a table is checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheets of the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check all visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uncheck all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>hidden in the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no table found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>table found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Sheet “{sheet}”</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This source already feeds this table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fits this source: {pct} %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TabulateDialog</name>
    <message>
        <location filename="../../app/ui/tabulate_dialog.py" line="+208"/>
        <source>Tabulate microdata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tabulate the IMILA tables straight from the census person file: every table the recipe&apos;s variables allow, with all its totals. The file is read where it lies, however large, and stored in the project with its checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Person file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, Parquet, SPSS (.sav) or Stata (.dta) file, one record per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation type="unfinished">Parcourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tabulation recipe (JSON) that binds the file&apos;s variables to the IMILA concepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build a recipe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bind the file&apos;s variables to the IMILA concepts in a form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclosure control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag cells of fewer than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>persons as confidential (C); totals are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flagged cells keep their value in the project but are not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tabulating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished">Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the tabulation; the project stays as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table</source>
        <translation type="unfinished">Tableau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation type="unfinished">Titre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Observations</source>
        <translation type="unfinished">Observations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tabulate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cancelled: the project is as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another task is running: wait for it to finish, then tabulate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tabulation stopped because of an unexpected error; the project is as it was before and the details were logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the person file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the variables of {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopping the tabulation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Census person file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Census records stay on this computer; only the tables enter the submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No file at this path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}, {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tabulation recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No recipe yet: open one, or build one from the file&apos;s variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>census {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Tabulating {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready. Tabulate writes the tables into the project in one step; a cancel or an error leaves the project as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the person file and a recipe, then Tabulate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tabulating {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+80"/>
        <source>{records} records of {file} tabulated in {seconds} s: {count} observations in {tables} tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Nothing to note: every value was understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tables ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes on the data ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TidyTableModel</name>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="-516"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cell</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopCountriesCard</name>
    <message>
        <location filename="../../app/ui/charts.py" line="+25"/>
        <source>There is no table by country of birth and sex yet (T01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The {n} largest countries of birth, by sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TourOverlay</name>
    <message>
        <location filename="../../app/ui/tour.py" line="+167"/>
        <source>Step {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Don&apos;t show again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the tour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnexplainedDialog</name>
    <message>
        <location filename="../../app/ui/pages/export_page.py" line="-323"/>
        <source>Warnings without an explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 warning has no explanation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} warnings have no explanation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CELADE will read them in the quality report without your reasons. Send the package anyway (your confirmation is recorded with it), or explain them first on the Check page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rule</source>
        <translation type="unfinished">Règle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Table</source>
        <translation type="unfinished">Tableau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation type="unfinished">Avertissement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send without explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explain them first</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../app/ui/welcome.py" line="+220"/>
        <source>Prepare your census tables on international migration for CELADE&apos;s IMILA data bank: import, map, check and export.</source>
        <translation>Préparez vos tableaux de recensement sur les migrations internationales pour la banque de données IMILA du CELADE : importez, faites correspondre, contrôlez et exportez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A small fictional census with errors seeded on purpose: the best way to look around.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New project…</source>
        <translation>Nouveau projet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a submission for your country&apos;s census: one file holds all its work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open project…</source>
        <translation>Ouvrir un projet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carry on with a project file (.imila) made earlier or sent by a colleague.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent projects</source>
        <translation>Projets récents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New here?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the guided tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>← Back to {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WomenBreakdownModel</name>
    <message>
        <location filename="../../app/ui/women_view.py" line="+107"/>
        <source>Activity status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>% of women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>% of men</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WomenByCountryModel</name>
    <message>
        <location line="-61"/>
        <source>Country of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Women (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Women per 100 persons born in that country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Men per 100 women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The checks flag this sex ratio as unusual (see the findings).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WomenView</name>
    <message>
        <location line="+117"/>
        <source>Women and men by country of birth (T01)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity status of foreign-born women and men (T07)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation of employed foreign-born women and men (T09)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the tables…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project has no table by country of birth and sex yet (T01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Women are {share} % of the people born abroad whose country of birth is known ({women} of {total}); {ratio} men per 100 women.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The project has no table by activity status (T07): import it to see how many foreign-born women are employed, unemployed or inactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project has no table by occupation (T09): import it to see the occupations of employed foreign-born women.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <location filename="../../app/ui/workshop_dialog.py" line="+115"/>
        <location line="+1"/>
        <source>Workshop exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practise each step on the census of a fictional country. Each exercise opens its own project; its checklist beside the pages ticks itself as you work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your work is kept in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start over…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Folder of the workshop exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Preparing “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+5"/>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Start “{title}” over? Everything done in this exercise is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Starting over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Writing the progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Progress written to {json} and {csv}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopDock</name>
    <message>
        <location filename="../../app/ui/workshop_panel.py" line="+362"/>
        <source>Workshop &amp;checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop exercise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopPanel</name>
    <message>
        <location line="-150"/>
        <source>Exercise complete: well done!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checklist: one more item done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+77"/>
        <source>{done} of {total} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking your project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every item is done: this exercise is complete. Open the next one from “Exercises…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The list also updates by itself after each change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercises…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_JobLink</name>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="+186"/>
        <source>Cancelled: nothing was read. Change a setting or go back to try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/ui/welcome.py" line="+41"/>
        <source>The demo project is not available in this installation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
