<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../app/ui/models.py" line="+380"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../app/ui/pages/check_page.py" line="+65"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check data quality</source>
        <translation>Check data quality</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Errors block the export; warnings need a written explanation that travels with the package; notes are for information.</source>
        <translation>Errors block the export; warnings need a written explanation that travels with the package; notes are for information.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run checks</source>
        <translation>Run checks</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Running checks</source>
        <translation>Running checks</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The checks run when the data change.</source>
        <translation>The checks run when the data change.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} errors</source>
        <translation>{n} errors</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 error</source>
        <translation>1 error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} warnings</source>
        <translation>{n} warnings</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 warning</source>
        <translation>1 warning</translation>
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
        <translation>{summary} · checked at {time}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The checks are not available in this version yet.</source>
        <translation>The checks are not available in this version yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running the checks…</source>
        <translation>Running the checks…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The checks have not run yet.</source>
        <translation>The checks have not run yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No findings: the data pass every check.</source>
        <translation>No findings: the data pass every check.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cells: {cells}</source>
        <translation>Cells: {cells}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="+40"/>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IMILA Desk ran into a problem it did not expect.</source>
        <translation>IMILA Desk ran into a problem it did not expect.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your project is safe: every change is saved in the project file as soon as it is made, and the action that failed was undone.</source>
        <translation>Your project is safe: every change is saved in the project file as soon as it is made, and the action that failed was undone.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The details were written to {path}.</source>
        <translation>The details were written to {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please send them to your support contact.</source>
        <translation>Please send them to your support contact.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied</source>
        <translation>Copied</translation>
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
        <translation>Export</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the submission package</source>
        <translation>Export the submission package</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With no open errors, write the package for CELADE: data, metadata, quality report and mappings, with checksums.</source>
        <translation>With no open errors, write the package for CELADE: data, metadata, quality report and mappings, with checksums.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Output folder:</source>
        <translation>Output folder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels in:</source>
        <translation>Labels in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export even if some warnings are not explained yet (this is recorded)</source>
        <translation>Export even if some warnings are not explained yet (this is recorded)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export package</source>
        <translation>Export package</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packages written</source>
        <translation>Packages written</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify package…</source>
        <translation>Verify package…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No package written yet.</source>
        <translation>No package written yet.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Export is not available in this version yet.</source>
        <translation>Export is not available in this version yet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 error must be corrected before the export (see the Check page).</source>
        <translation>1 error must be corrected before the export (see the Check page).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} errors must be corrected before the export (see the Check page).</source>
        <translation>{n} errors must be corrected before the export (see the Check page).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Output folder</source>
        <translation>Output folder</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Writing the package</source>
        <translation>Writing the package</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the package…</source>
        <translation>Writing the package…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Written: {name} — &lt;a href=&quot;{url}&quot;&gt;open folder&lt;/a&gt;</source>
        <translation>Written: {name} — &lt;a href=&quot;{url}&quot;&gt;open folder&lt;/a&gt;</translation>
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
        <translation>Package</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>By</translation>
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
        <translation>Severity</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cells</source>
        <translation>Cells</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Warning</translation>
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
        <translation>Import</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+30"/>
        <source>Import census tables</source>
        <translation>Import census tables</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Add the tables your office publishes. Each file is stored in the project unchanged, with its checksum.</source>
        <translation>Add the tables your office publishes. Each file is stored in the project unchanged, with its checksum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import file…</source>
        <translation>Import file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or drop files onto this window: CSV, Excel (XLSX, XLS), OpenDocument (ODS), SPSS (SAV), Stata (DTA).</source>
        <translation>or drop files onto this window: CSV, Excel (XLSX, XLS), OpenDocument (ODS), SPSS (SAV), Stata (DTA).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source files</source>
        <translation>Source files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No files imported yet.
Use “Import file…” or drop a file here.</source>
        <translation>No files imported yet.
Use “Import file…” or drop a file here.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last import</source>
        <translation>Last import</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Census tables ({patterns});;All files (*)</source>
        <translation>Census tables ({patterns});;All files (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{file}: observations written to {tables}.</source>
        <translation>{file}: observations written to {tables}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is stored in the project; no observations were written yet.</source>
        <translation>{file} is stored in the project; no observations were written yet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The IMILA table of {file} was not recognised: choose it on the Map page.</source>
        <translation>The IMILA table of {file} was not recognised: choose it on the Map page.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} labels have no IMILA code yet: complete the mapping on the Map page.</source>
        <translation>{count} labels have no IMILA code yet: complete the mapping on the Map page.</translation>
    </message>
</context>
<context>
    <name>JobPanel</name>
    <message>
        <location filename="../../app/ui/worker.py" line="+220"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop this task; the project stays as it was</source>
        <translation>Stop this task; the project stays as it was</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="+365"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New project…</source>
        <translation>&amp;New project…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;as…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import file…</source>
        <translation>&amp;Import file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify package…</source>
        <translation>&amp;Verify package…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About IMILA Desk</source>
        <translation>&amp;About IMILA Desk</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No recent projects</source>
        <translation>No recent projects</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Project: {path}</source>
        <translation>Project: {path}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;h3&gt;IMILA Desk {version}&lt;/h3&gt;&lt;p&gt;Prepare census tables on international migration for the IMILA data bank of CELADE, the Population Division of ECLAC.&lt;/p&gt;&lt;p&gt;IMILA schema version {schema}.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;IMILA Desk {version}&lt;/h3&gt;&lt;p&gt;Prepare census tables on international migration for the IMILA data bank of CELADE, the Population Division of ECLAC.&lt;/p&gt;&lt;p&gt;IMILA schema version {schema}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About IMILA Desk</source>
        <translation>About IMILA Desk</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Open project</source>
        <translation>Open project</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMILA projects (*.imila);;All files (*)</source>
        <translation>IMILA projects (*.imila);;All files (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save project as</source>
        <translation>Save project as</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMILA projects (*.imila)</source>
        <translation>IMILA projects (*.imila)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Please wait: another task is running.</source>
        <translation>Please wait: another task is running.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>This version can only import long CSV files of IMILA codes; {file} was not imported.</source>
        <translation>This version can only import long CSV files of IMILA codes; {file} was not imported.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing {file}</source>
        <translation>Importing {file}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Verify package</source>
        <translation>Verify package</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMILA packages (*.zip)</source>
        <translation>IMILA packages (*.zip)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Package verification is not available in this version yet.</source>
        <translation>Package verification is not available in this version yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verifying {file}</source>
        <translation>Verifying {file}</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../app/ui/pages/map_page.py" line="+31"/>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Map to IMILA codes</source>
        <translation>Map to IMILA codes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bind each dimension and label of your tables to the IMILA code lists. A mapping replays on the next file of the same shape.</source>
        <translation>Bind each dimension and label of your tables to the IMILA code lists. A mapping replays on the next file of the same shape.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No mappings yet.
Import a table to create its mapping.</source>
        <translation>No mappings yet.
Import a table to create its mapping.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a mapping to review it; the mapping editor opens on this page.</source>
        <translation>Select a mapping to review it; the mapping editor opens on this page.</translation>
    </message>
</context>
<context>
    <name>MappingsModel</name>
    <message>
        <location filename="../../app/ui/models.py" line="+120"/>
        <source>Mapping</source>
        <translation>Mapping</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IMILA table</source>
        <translation>IMILA table</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source file</source>
        <translation>Source file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>By</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="+49"/>
        <location line="+33"/>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>A project holds one census submission: its tables, mappings, checks and exports, all in one file.</source>
        <translation>A project holds one census submission: its tables, mappings, checks and exports, all in one file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country:</source>
        <translation>Country:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Census year:</source>
        <translation>Census year:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project file:</source>
        <translation>Project file:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>IMILA projects (*.imila)</source>
        <translation>IMILA projects (*.imila)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose the country of the census.</source>
        <translation>Choose the country of the census.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose where to save the project file.</source>
        <translation>Choose where to save the project file.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file with this name already exists. Choose another name: an existing project is never overwritten.</source>
        <translation>A file with this name already exists. Choose another name: an existing project is never overwritten.</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="+198"/>
        <location line="+3"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Describe the census and the submission. CELADE receives these details with the data.</source>
        <translation>Describe the census and the submission. CELADE receives these details with the data.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Census</source>
        <translation>Census</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submission</source>
        <translation>Submission</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country:</source>
        <translation>Country:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Census name:</source>
        <translation>Census name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Census year:</source>
        <translation>Census year:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference date:</source>
        <translation>Reference date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Census round:</source>
        <translation>Census round:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enumeration basis:</source>
        <translation>Enumeration basis:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source type:</source>
        <translation>Source type:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Statistics office:</source>
        <translation>Statistics office:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact person:</source>
        <translation>Contact person:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact email:</source>
        <translation>Contact email:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submission version:</source>
        <translation>Submission version:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Submission language:</source>
        <translation>Submission language:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2020</source>
        <translation>e.g. 2020</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Instituto Nacional de Estadísticas</source>
        <translation>e.g. Instituto Nacional de Estadísticas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@institute.org</source>
        <translation>name@institute.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De jure (usual residents)</source>
        <translation>De jure (usual residents)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De facto (persons present)</source>
        <translation>De facto (persons present)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full count</source>
        <translation>Full count</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample (weighted)</source>
        <translation>Sample (weighted)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National definitions</source>
        <translation>National definitions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the census differs from the IMILA code lists (for example, a different definition of a category), say how.</source>
        <translation>Where the census differs from the IMILA code lists (for example, a different definition of a category), say how.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Universe notes</source>
        <translation>Universe notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For each table, who is counted when it differs from the standard universe (for example, a lower age limit of 10 instead of 15).</source>
        <translation>For each table, who is counted when it differs from the standard universe (for example, a lower age limit of 10 instead of 15).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>The contact email does not look like an address (name@institute.org).</source>
        <translation>The contact email does not look like an address (name@institute.org).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the reference date as YYYY-MM-DD.</source>
        <translation>Write the reference date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All changes saved</source>
        <translation>All changes saved</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <location filename="../../app/ui/models.py" line="-172"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>Imported</translation>
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
        <translation>Package verification</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The package {name} is valid: its checksums match and its data pass the checks.</source>
        <translation>The package {name} is valid: its checksums match and its data pass the checks.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The package {name} is not acceptable. Problems found:</source>
        <translation>The package {name} is not acceptable. Problems found:</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="-488"/>
        <source>Prepare your census tables on international migration for CELADE&apos;s IMILA data bank: import, map, check and export.</source>
        <translation>Prepare your census tables on international migration for CELADE&apos;s IMILA data bank: import, map, check and export.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New project…</source>
        <translation>New project…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open project…</source>
        <translation>Open project…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent projects</source>
        <translation>Recent projects</translation>
    </message>
</context>
</TS>
