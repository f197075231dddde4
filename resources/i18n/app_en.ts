<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="+140"/>
        <source>About IMILA Desk</source>
        <translation>About IMILA Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare census tables on international migration for the IMILA data bank of CELADE, the Population Division of ECLAC.</source>
        <translation>Prepare census tables on international migration for the IMILA data bank of CELADE, the Population Division of ECLAC.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IMILA schema:</source>
        <translation>IMILA schema:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt for Python (PySide6):</source>
        <translation>Qt for Python (PySide6):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Python:</source>
        <translation>Python:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System:</source>
        <translation>System:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence:</source>
        <translation>Licence:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Components and their licences</source>
        <translation>Components and their licences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the installed versions…</source>
        <translation>Reading the installed versions…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hover over a component to read its notice.</source>
        <translation>Hover over a component to read its notice.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the versions and licences, for a support request</source>
        <translation>Copy the versions and licences, for a support request</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>ArrivalsCard</name>
    <message>
        <location filename="../../app/ui/charts.py" line="+281"/>
        <source>There is no table by period of arrival yet (T04).</source>
        <translation>There is no table by period of arrival yet (T04).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Foreign-born population by period of arrival</source>
        <translation>Foreign-born population by period of arrival</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period of arrival</source>
        <translation>Period of arrival</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before {year}</source>
        <translation>Before {year}</translation>
    </message>
</context>
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
    <name>BankWindow</name>
    <message>
        <location filename="../../app/ui/bank_window.py" line="+132"/>
        <source>IMILA data bank</source>
        <translation>IMILA data bank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open or create bank…</source>
        <translation>Open or create bank…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add packages…</source>
        <translation>Add packages…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packages</source>
        <translation>Packages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emigrants of a country</source>
        <translation>Emigrants of a country</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin × destination</source>
        <translation>Origin × destination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Across rounds</source>
        <translation>Across rounds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country of birth:</source>
        <translation>Country of birth:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Round:</source>
        <translation>Round:</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>By:</source>
        <translation>By:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destination only</source>
        <translation>destination only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sex</source>
        <translation>sex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sex and age</source>
        <translation>sex and age</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>period of arrival</source>
        <translation>period of arrival</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <location line="+2"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>By destination</source>
        <translation>By destination</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Population pyramid</source>
        <translation>Population pyramid</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line chart</source>
        <translation>Line chart</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Destination:</source>
        <translation>Destination:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export XLSX…</source>
        <translation>Export XLSX…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export SDMX-CSV…</source>
        <translation>Export SDMX-CSV…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No bank open</source>
        <translation>No bank open</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+57"/>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Open or create bank</source>
        <translation>Open or create bank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMILA data bank (*.imilabank)</source>
        <translation>IMILA data bank (*.imilabank)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add packages</source>
        <translation>Add packages</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Packages (*.zip)</source>
        <translation>Packages (*.zip)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Package refused, the bank is unchanged</source>
        <translation>Package refused, the bank is unchanged</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+31"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Census</source>
        <translation>Census</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+31"/>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loaded</source>
        <translation>Loaded</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Explanations</source>
        <translation>Explanations</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>published</source>
        <translation>published</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sum of parts</source>
        <translation>sum of parts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flag</source>
        <translation>Flag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country of birth</source>
        <translation>Country of birth</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>M49</source>
        <translation>M49</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women %</source>
        <translation>Women %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sex ratio</source>
        <translation>Sex ratio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period of arrival</source>
        <translation>Period of arrival</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Round {round}: {value} persons, {women} women, {n} destinations</source>
        <translation>Round {round}: {value} persons, {women} women, {n} destinations</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>BindingsModel</name>
    <message>
        <location filename="../../app/ui/mapping_models.py" line="+577"/>
        <source>Sum over (not in IMILA)</source>
        <translation>Sum over (not in IMILA)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out</source>
        <translation>Leave out</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not bound</source>
        <translation>Not bound</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+28"/>
        <source>Sum every label</source>
        <translation>Sum every label</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Source dimension</source>
        <translation>Source dimension</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IMILA dimension</source>
        <translation>IMILA dimension</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total used</source>
        <translation>Total used</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%Ln label(s): {labels}</source>
        <translation>
            <numerusform>%Ln label: {labels}</numerusform>
            <numerusform>%Ln labels: {labels}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The published total of this dimension is kept; the other labels are left out. Without one, every label is added up.</source>
        <translation>The published total of this dimension is kept; the other labels are left out. Without one, every label is added up.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Total of “{dimension}”</source>
        <translation>Total of “{dimension}”</translation>
    </message>
</context>
<context>
    <name>CellsPivotModel</name>
    <message>
        <location filename="../../app/ui/cells_view.py" line="+127"/>
        <source>The table has no such cell.</source>
        <translation>The table has no such cell.</translation>
    </message>
</context>
<context>
    <name>CellsView</name>
    <message>
        <location line="+177"/>
        <source>Where the highlighted cells come from</source>
        <translation>Where the highlighted cells come from</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+39"/>
        <source>Select a finding to see its cells.</source>
        <translation>Select a finding to see its cells.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Source file: {file}</source>
        <translation>Source file: {file}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cells</source>
        <translation>Cells</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+90"/>
        <source>Table {table}</source>
        <translation>Table {table}</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>{rows} down, {columns} across</source>
        <translation>{rows} down, {columns} across</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only {cells}</source>
        <translation>only {cells}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This finding concerns the whole table: it names no particular cells.</source>
        <translation>This finding concerns the whole table: it names no particular cells.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the table…</source>
        <translation>Reading the table…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This table is not part of the IMILA schema.</source>
        <translation>This table is not part of the IMILA schema.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cells could not be read: {error}</source>
        <translation>The cells could not be read: {error}</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../app/ui/charts.py" line="-203"/>
        <source>Save as PNG…</source>
        <translation>Save as PNG…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Save chart as PNG</source>
        <translation>Save chart as PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save chart</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chart could not be saved to {path}. Choose another folder.</source>
        <translation>The chart could not be saved to {path}. Choose another folder.</translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message>
        <location line="+183"/>
        <source>Population pyramid</source>
        <translation>Population pyramid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries of birth</source>
        <translation>Countries of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrivals</source>
        <translation>Arrivals</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reading the tables…</source>
        <translation>Reading the tables…</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../app/ui/pages/check_page.py" line="+577"/>
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
        <location line="+1"/>
        <source>Open quality report</source>
        <translation>Open quality report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report that goes into the package, as the data stand now</source>
        <translation>The report that goes into the package, as the data stand now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women in migration</source>
        <translation>Women in migration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All findings</source>
        <translation>All findings</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Table:</source>
        <translation>Table:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tables</source>
        <translation>All tables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why are these figures right as they are? For example: the census published them this way, and the difference comes from…</source>
        <translation>Why are these figures right as they are? For example: the census published them this way, and the difference comes from…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author:</source>
        <translation>Author:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record this explanation; it travels with the package</source>
        <translation>Record this explanation; it travels with the package</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Running checks</source>
        <translation>Running checks</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
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
            <numerusform>(%n explained)</numerusform>
            <numerusform>(%n explained)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{summary} · from the last run; the checks run again when the data change.</source>
        <translation>{summary} · from the last run; the checks run again when the data change.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The checks run when the data change.</source>
        <translation>The checks run when the data change.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No finding matches this filter.</source>
        <translation>No finding matches this filter.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex ratio</source>
        <translation>Sex ratio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cells</source>
        <translation>Cells</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>History ({n})…</source>
        <translation>History ({n})…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Errors cannot be explained: correct the table or its mapping.</source>
        <translation>Errors cannot be explained: correct the table or its mapping.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes need no explanation.</source>
        <translation>Notes need no explanation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explained by {author} on {when}.</source>
        <translation>Explained by {author} on {when}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not explained yet: write why the figures are right as they are.</source>
        <translation>Not explained yet: write why the figures are right as they are.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Explanation saved.</source>
        <translation>Explanation saved.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Writing the quality report</source>
        <translation>Writing the quality report</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>{summary} · checked at {time}</source>
        <translation>{summary} · checked at {time}</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Also known as</source>
        <translation>Also known as</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sub-region</source>
        <translation>Sub-region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Former country</source>
        <translation>Former country</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Others of a region</source>
        <translation>Others of a region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Born in the country</source>
        <translation>Born in the country</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave out</source>
        <translation>Leave out</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>National subtotal</source>
        <translation>National subtotal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typed code</source>
        <translation>Typed code</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave this label out of the table</source>
        <translation>Leave this label out of the table</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>National subtotal “{name}” (checked, not exported)</source>
        <translation>National subtotal “{name}” (checked, not exported)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the code {code}</source>
        <translation>Use the code {code}</translation>
    </message>
</context>
<context>
    <name>CodePickerDialog</name>
    <message>
        <location filename="../../app/ui/code_picker.py" line="+93"/>
        <source>Choose a code</source>
        <translation>Choose a code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code for “{label}”</source>
        <translation>Code for “{label}”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no code yet</source>
        <translation>no code yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left out</source>
        <translation>left out</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{dimension} ({id}) · now: {current}</source>
        <translation>{dimension} ({id}) · now: {current}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a code, a name or another name it is known by</source>
        <translation>Type a code, a name or another name it is known by</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Codes shown: {count}</source>
        <translation>Codes shown: {count}</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="+1298"/>
        <source>Import into the project</source>
        <translation>Import into the project</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has been stored yet. Click Import to add the file to the project.</source>
        <translation>Nothing has been stored yet. Click Import to add the file to the project.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sheets:</source>
        <translation>Sheets:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading:</source>
        <translation>Reading:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Corrections:</source>
        <translation>Corrections:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project:</source>
        <translation>Project:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is stored in the project unchanged, with its checksum and these settings, so that it can be read again and re-imported when a corrected edition is published. Each checked sheet becomes a source.</source>
        <translation>The file is stored in the project unchanged, with its checksum and these settings, so that it can be read again and re-imported when a corrected edition is published. Each checked sheet becomes a source.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map to the IMILA tables right away when every label has a confident code (otherwise the file waits on the Map page)</source>
        <translation>Map to the IMILA tables right away when every label has a confident code (otherwise the file waits on the Map page)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the automatic mapping concludes</source>
        <translation>What the automatic mapping concludes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>encoding</source>
        <translation>encoding</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>delimiter</source>
        <translation>delimiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decimal mark</source>
        <translation>decimal mark</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>thousands separator</source>
        <translation>thousands separator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>space</source>
        <translation>space</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as the workbook stores it</source>
        <translation>as the workbook stores it</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none, the detection is used as it is</source>
        <translation>none, the detection is used as it is</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checking the words of the title and headers and the published totals…</source>
        <translation>Checking the words of the title and headers and the published totals…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The automatic mapping could not be checked: {error}</source>
        <translation>The automatic mapping could not be checked: {error}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Before writing, you will be asked about:</source>
        <translation>Before writing, you will be asked about:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project already holds these cells; you will be asked whether to replace them:</source>
        <translation>The project already holds these cells; you will be asked whether to replace them:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{table}: {cells} cells from “{source}”</source>
        <translation>{table}: {cells} cells from “{source}”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing will be written automatically; the file waits on the Map page.</source>
        <translation>Nothing will be written automatically; the file waits on the Map page.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln label(s) to answer:</source>
        <translation>
            <numerusform>%Ln label to answer:</numerusform>
            <numerusform>%Ln labels to answer:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="+48"/>
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
    <name>DestinationsCard</name>
    <message>
        <location filename="../../app/ui/bank_charts.py" line="+85"/>
        <source>Choose a country of birth and press Show.</source>
        <translation>Choose a country of birth and press Show.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} ({share} women)</source>
        <translation>{value} ({share} women)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{country}: {value} persons, {men} men, {women} women ({share})</source>
        <translation>{country}: {value} persons, {men} men, {women} women ({share})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Emigrants of {country} by destination, round {round}</source>
        <translation>Emigrants of {country} by destination, round {round}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persons born in {country} counted by the destination</source>
        <translation>Persons born in {country} counted by the destination</translation>
    </message>
</context>
<context>
    <name>EmigrantPyramidCard</name>
    <message>
        <location line="+28"/>
        <source>Destination:</source>
        <translation>Destination:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>All destinations</source>
        <translation>All destinations</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No destination publishes these emigrants by sex and age (T01).</source>
        <translation>No destination publishes these emigrants by sex and age (T01).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Men: {n}</source>
        <translation>Men: {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Women: {n}</source>
        <translation>Women: {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{age}: {men} men, {women} women</source>
        <translation>{age}: {men} men, {women} women</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>all destinations</source>
        <translation>all destinations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emigrants of {country} by sex and age, round {round}, {where}: {total}</source>
        <translation>Emigrants of {country} by sex and age, round {round}, {where}: {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age group</source>
        <translation>Age group</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Age groups every destination publishes; the broadest are those of {names}.</source>
        <translation>Age groups every destination publishes; the broadest are those of {names}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without a table by sex and age, not in the pyramid: {names}.</source>
        <translation>Without a table by sex and age, not in the pyramid: {names}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Age not stated: {n}.</source>
        <translation>Age not stated: {n}.</translation>
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
        <translation>Done</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress: {done} of {total}</source>
        <translation>In progress: {done} of {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exercise</source>
        <translation>Exercise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
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
        <translation>Explanation history</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replaced</source>
        <translation>Replaced</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../app/ui/pages/export_page.py" line="+254"/>
        <location line="+181"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="-178"/>
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
        <source>Language of the labels in the spreadsheet and the quality report</source>
        <translation>Language of the labels in the spreadsheet and the quality report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include the original source files</source>
        <translation>Include the original source files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The census tables as imported, unchanged, under sources/ in the package</source>
        <translation>The census tables as imported, unchanged, under sources/ in the package</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Quality report saved: {name} ({pages} pages)</source>
        <translation>Quality report saved: {name} ({pages} pages)</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Written: {name}
in {folder}</source>
        <translation>Written: {name}
in {folder}</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>Export package</source>
        <translation>Export package</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the Check page</source>
        <translation>Go to the Check page</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Error</source>
        <translation>Error</translation>
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
        <source>Save report as PDF…</source>
        <translation>Save report as PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The quality report of the data as they stand now, printable, in the language of the labels</source>
        <translation>The quality report of the data as they stand now, printable, in the language of the labels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No package written yet.</source>
        <translation>No package written yet.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>1 error must be corrected before the export (see the Check page).</source>
        <translation>1 error must be corrected before the export (see the Check page).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} errors must be corrected before the export (see the Check page).</source>
        <translation>{n} errors must be corrected before the export (see the Check page).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The package cannot be written while 1 error is open:</source>
        <translation>The package cannot be written while 1 error is open:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The package cannot be written while {n} errors are open:</source>
        <translation>The package cannot be written while {n} errors are open:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Output folder</source>
        <translation>Output folder</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+23"/>
        <source>Save report as PDF</source>
        <translation>Save report as PDF</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the quality report</source>
        <translation>Writing the quality report</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the quality report…</source>
        <translation>Writing the quality report…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The report cannot be written to {path} ({error}). Choose another place.</source>
        <translation>The report cannot be written to {path} ({error}). Choose another place.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The folder {folder} cannot be used ({error}). Choose another one.</source>
        <translation>The folder {folder} cannot be used ({error}). Choose another one.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the package</source>
        <translation>Writing the package</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the package…</source>
        <translation>Writing the package…</translation>
    </message>
</context>
<context>
    <name>ExportProgressDialog</name>
    <message>
        <location filename="../../app/ui/workshop_dialog.py" line="+58"/>
        <location line="+13"/>
        <source>Export progress</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>A report of the exercises done, for the trainer: a JSON file and a CSV file beside it.</source>
        <translation>A report of the exercises done, for the trainer: a JSON file and a CSV file beside it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participant:</source>
        <translation>Participant:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Progress report (*.json)</source>
        <translation>Progress report (*.json)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write the participant&apos;s name.</source>
        <translation>Write the participant&apos;s name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose where to write the report.</source>
        <translation>Choose where to write the report.</translation>
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
    <name>FilePage</name>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="-778"/>
        <source>Choose the file</source>
        <translation>Choose the file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is read as your office published it; check what was detected and correct any guess.</source>
        <translation>The file is read as your office published it; check what was detected and correct any guess.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose another file…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was detected</source>
        <translation>What was detected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First rows as read</source>
        <translation>First rows as read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheets:</source>
        <translation>Sheets:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table:</source>
        <translation>Table:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding:</source>
        <translation>Encoding:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delimiter:</source>
        <translation>Delimiter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decimal mark:</source>
        <translation>Decimal mark:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thousands separator:</source>
        <translation>Thousands separator:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbers are read as the workbook stores them; encoding and delimiter only apply to text files.</source>
        <translation>Numbers are read as the workbook stores them; encoding and delimiter only apply to text files.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can also drop a file onto this window. Formats: CSV and text, Excel (XLSX, XLSM, XLS), OpenDocument (ODS), SPSS (SAV), Stata (DTA), HTML.</source>
        <translation>You can also drop a file onto this window. Formats: CSV and text, Excel (XLSX, XLSM, XLS), OpenDocument (ODS), SPSS (SAV), Stata (DTA), HTML.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UTF-8 with signature (BOM)</source>
        <translation>UTF-8 with signature (BOM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows-1252 (Western Europe)</source>
        <translation>Windows-1252 (Western Europe)</translation>
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
        <translation>Comma  ,</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Semicolon  ;</source>
        <translation>Semicolon  ;</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertical bar  |</source>
        <translation>Vertical bar  |</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Point  1234.5</source>
        <translation>Point  1234.5</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comma  1234,5</source>
        <translation>Comma  1234,5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None  1234567</source>
        <translation>None  1234567</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Point  1.234.567</source>
        <translation>Point  1.234.567</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comma  1,234,567</source>
        <translation>Comma  1,234,567</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space  1 234 567</source>
        <translation>Space  1 234 567</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apostrophe  1&apos;234&apos;567</source>
        <translation>Apostrophe  1&apos;234&apos;567</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No file chosen yet.</source>
        <translation>No file chosen yet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delimited text</source>
        <translation>Delimited text</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbook</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel 97-2003 workbook</source>
        <translation>Excel 97-2003 workbook</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OpenDocument spreadsheet</source>
        <translation>OpenDocument spreadsheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML tables</source>
        <translation>HTML tables</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SPSS data file</source>
        <translation>SPSS data file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stata data file</source>
        <translation>Stata data file</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} (table found on “{sheet}”)</source>
        <translation>{count} (table found on “{sheet}”)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n hidden</source>
        <comment>sheets</comment>
        <translation>
            <numerusform>%n hidden</numerusform>
            <numerusform>%n hidden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{size}, modified {date}</source>
        <translation>{size}, modified {date}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Detection confidence: {percent}</source>
        <translation>Detection confidence: {percent}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{option} — detected</source>
        <translation>{option} — detected</translation>
    </message>
</context>
<context>
    <name>FindingCellsModel</name>
    <message>
        <location filename="../../app/ui/cells_view.py" line="-187"/>
        <source>Cell</source>
        <translation>Cell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source cell</source>
        <translation>Source cell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source file</source>
        <translation>Source file</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../app/ui/models.py" line="-90"/>
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
    <name>FindingsTreeModel</name>
    <message>
        <location filename="../../app/ui/pages/check_page.py" line="-181"/>
        <source>Blocks the export</source>
        <translation>Blocks the export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explained</source>
        <translation>Explained</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To explain</source>
        <translation>To explain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For information</source>
        <translation>For information</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Errors ({n})</source>
        <translation>Errors ({n})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warnings ({n})</source>
        <translation>Warnings ({n})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes ({n})</source>
        <translation>Notes ({n})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Whole project ({n})</source>
        <translation>Whole project ({n})</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Rule</source>
        <translation>Rule</translation>
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
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>HeldImportDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="+17"/>
        <source>Import of {file}</source>
        <translation>Import of {file}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{file} does not look like a table of this project&apos;s census. Nothing has been written.</source>
        <translation>{file} does not look like a table of this project&apos;s census. Nothing has been written.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import anyway</source>
        <translation>Import anyway</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project already holds some of these cells from another file. Nothing has been written: two sources are never merged.</source>
        <translation>The project already holds some of these cells from another file. Nothing has been written: two sources are never merged.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{table}: {cells} cells from “{source}”</source>
        <translation>{table}: {cells} cells from “{source}”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the earlier table</source>
        <translation>Replace the earlier table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New version (keep the earlier file)</source>
        <translation>New version (keep the earlier file)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep for the Map page</source>
        <translation>Keep for the Map page</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“Keep for the Map page” stores the file without writing its cells, to map by hand.</source>
        <translation>“Keep for the Map page” stores the file without writing its cells, to map by hand.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HelpViewer</name>
    <message>
        <location filename="../../app/ui/help_viewer.py" line="+115"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Help — {title}</source>
        <translation>Help — {title}</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../app/ui/pages/import_page.py" line="+77"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+42"/>
        <source>Import census tables</source>
        <translation>Import census tables</translation>
    </message>
    <message>
        <location line="-39"/>
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
        <source>Tabulate microdata…</source>
        <translation>Tabulate microdata…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tabulate the IMILA tables straight from the census person file (CSV, Parquet, SPSS, Stata)</source>
        <translation>Tabulate the IMILA tables straight from the census person file (CSV, Parquet, SPSS, Stata)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-import…</source>
        <translation>Re-import…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a corrected edition of the selected file with the same settings and mapping; it replaces the file and its observations</source>
        <translation>Import a corrected edition of the selected file with the same settings and mapping; it replaces the file and its observations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>or drop files onto this window: CSV, Excel (XLSX, XLS), OpenDocument (ODS), SPSS (SAV), Stata (DTA), HTML.</source>
        <translation>or drop files onto this window: CSV, Excel (XLSX, XLS), OpenDocument (ODS), SPSS (SAV), Stata (DTA), HTML.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Corrected edition of {file}</source>
        <translation>Corrected edition of {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same kind of file ({pattern});;All files (*)</source>
        <translation>Same kind of file ({pattern});;All files (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Re-importing {file}</source>
        <translation>Re-importing {file}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{file} was not re-imported: {count} of its labels are not in the mapping of the file it corrects. Nothing was changed. Import it with “Import file…” and complete its mapping on the Map page.</source>
        <translation>{file} was not re-imported: {count} of its labels are not in the mapping of the file it corrects. Nothing was changed. Import it with “Import file…” and complete its mapping on the Map page.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Check the table and its codes on the Map page, then apply the mapping.</source>
        <translation>Check the table and its codes on the Map page, then apply the mapping.</translation>
    </message>
    <message>
        <location line="-171"/>
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
        <location line="+149"/>
        <source>{file}: observations written to {tables}.</source>
        <translation>{file}: observations written to {tables}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} was not imported yet: it waits for your answer.</source>
        <translation>{file} was not imported yet: it waits for your answer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is stored in the project; no observations were written yet.</source>
        <translation>{file} is stored in the project; no observations were written yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It replaces the earlier edition of the file and the observations that came from it.</source>
        <translation>It replaces the earlier edition of the file and the observations that came from it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was not written automatically, because:</source>
        <translation>It was not written automatically, because:</translation>
    </message>
    <message>
        <location line="+3"/>
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
    <name>ImportWizard</name>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="-643"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label columns</source>
        <translation>Label columns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Totals</source>
        <translation>Totals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes and footer</source>
        <translation>Notes and footer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside the table</source>
        <translation>Outside the table</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Census tables ({patterns})</source>
        <translation>Census tables ({patterns})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.csv *.txt *.tsv)</source>
        <translation>Text files (*.csv *.txt *.tsv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workbooks (*.xlsx *.xlsm *.xls *.ods)</source>
        <translation>Workbooks (*.xlsx *.xlsm *.xls *.ods)</translation>
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
        <translation>Web pages (*.html *.htm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location line="+1365"/>
        <location line="+65"/>
        <source>Import a census table</source>
        <translation>Import a census table</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The file could not be read because of an unexpected error; the details were logged.</source>
        <translation>The file could not be read because of an unexpected error; the details were logged.</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+198"/>
        <source>Reading {file}</source>
        <translation>Reading {file}</translation>
    </message>
    <message>
        <location line="-151"/>
        <location line="+29"/>
        <source>Reading “{sheet}”</source>
        <translation>Reading “{sheet}”</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Importing {file}</source>
        <translation>Importing {file}</translation>
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
    <name>LabelsModel</name>
    <message>
        <location filename="../../app/ui/mapping_models.py" line="-357"/>
        <source>Dim.</source>
        <translation>Dim.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label in the source</source>
        <translation>Label in the source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IMILA code</source>
        <translation>IMILA code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IMILA dimension</source>
        <translation>IMILA dimension</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The label as the source publishes it</source>
        <translation>The label as the source publishes it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code and its name in IMILA</source>
        <translation>The code and its name in IMILA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How sure the suggestion is</source>
        <translation>How sure the suggestion is</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this code was suggested</source>
        <translation>Why this code was suggested</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested with confidence: accept it</source>
        <translation>Suggested with confidence: accept it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To confirm: the suggestion is not certain</source>
        <translation>To confirm: the suggestion is not certain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No code yet: choose one or leave the label out</source>
        <translation>No code yet: choose one or leave the label out</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No code yet</source>
        <translation>No code yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left out of this table</source>
        <translation>Left out of this table</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subtotal of {members}</source>
        <translation>Subtotal of {members}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National subtotal</source>
        <translation>National subtotal</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(blank)</source>
        <translation>(blank)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New label: the recipe did not know it.</source>
        <translation>New label: the recipe did not know it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>National subtotal (checked for additivity, not exported): {text}</source>
        <translation>National subtotal (checked for additivity, not exported): {text}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{label} (from “{dimension}”)</source>
        <translation>{label} (from “{dimension}”)</translation>
    </message>
</context>
<context>
    <name>LicencesModel</name>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="-157"/>
        <source>Component</source>
        <translation>Component</translation>
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
        <translation>Copyright</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} (build only)</source>
        <translation>{name} (build only)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="+297"/>
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
        <source>IMILA data &amp;bank…</source>
        <translation>IMILA data &amp;bank…</translation>
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
        <location line="+1"/>
        <source>Help &amp;contents</source>
        <translation>Help &amp;contents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guided &amp;tour</source>
        <translation>Guided &amp;tour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Welcome page</source>
        <translation>&amp;Welcome page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Workshop exercises…</source>
        <translation>&amp;Workshop exercises…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No recent projects</source>
        <translation>No recent projects</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Project: {path}</source>
        <translation>Project: {path}</translation>
    </message>
    <message>
        <location line="+143"/>
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
        <location line="+45"/>
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
    <name>MapOverviewModel</name>
    <message>
        <location filename="../../app/ui/mapping_models.py" line="-387"/>
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
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Not mapped yet</source>
        <translation>Not mapped yet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The source file of this mapping is no longer in the project.</source>
        <translation>The source file of this mapping is no longer in the project.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open this source to map it to an IMILA table.</source>
        <translation>Open this source to map it to an IMILA table.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this mapping to review or change it.</source>
        <translation>Open this mapping to review or change it.</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../app/ui/pages/map_page.py" line="+631"/>
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
        <source>Sources and their mappings</source>
        <translation>Sources and their mappings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map…</source>
        <translation>Map…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No tables to map yet.
Import a census table: it appears here to be mapped.</source>
        <translation>No tables to map yet.
Import a census table: it appears here to be mapped.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a row to open its mapping. A source can feed several IMILA tables: open it and choose another table.</source>
        <translation>Double-click a row to open its mapping. A source can feed several IMILA tables: open it and choose another table.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>← All sources</source>
        <translation>← All sources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the sources; what you changed here is kept until you apply it</source>
        <translation>Back to the sources; what you changed here is kept until you apply it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipe</source>
        <translation>Recipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this mapping as a recipe file, or replay a recipe on this source</source>
        <translation>Save this mapping as a recipe file, or replay a recipe on this source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>Memory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share the mapping memory: the codes confirmed before, suggested everywhere</source>
        <translation>Share the mapping memory: the codes confirmed before, suggested everywhere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save recipe…</source>
        <translation>Save recipe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply recipe…</source>
        <translation>Apply recipe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export mapping memory…</source>
        <translation>Export mapping memory…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import mapping memory…</source>
        <translation>Import mapping memory…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMILA table:</source>
        <translation>IMILA table:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The IMILA table this source feeds. A source can feed several tables: choose another one to add its mapping.</source>
        <translation>The IMILA table this source feeds. A source can feed several tables: choose another one to add its mapping.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply mapping</source>
        <translation>Apply mapping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter labels, codes or names</source>
        <translation>Filter labels, codes or names</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only those to review</source>
        <translation>Only those to review</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Accept all confident</source>
        <translation>Accept all confident</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Accept every suggestion with a confidence of 90 % or more</source>
        <translation>Accept every suggestion with a confidence of 90 % or more</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Accept the code of the selected labels (Space)</source>
        <translation>Accept the code of the selected labels (Space)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Change code…</source>
        <translation>Change code…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Choose another code for the selected labels (F2 or double-click)</source>
        <translation>Choose another code for the selected labels (F2 or double-click)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out</source>
        <translation>Leave out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the selected labels out of this table (Delete)</source>
        <translation>Leave the selected labels out of this table (Delete)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave out of this table</source>
        <translation>Leave out of this table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the code</source>
        <translation>Remove the code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dimensions</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimension down the rows of the preview</source>
        <translation>Dimension down the rows of the preview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimension across the columns of the preview</source>
        <translation>Dimension across the columns of the preview</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo: {action} (Ctrl+Z)</source>
        <translation>Undo: {action} (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo: {action} (Ctrl+Y)</source>
        <translation>Redo: {action} (Ctrl+Y)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo (Ctrl+Y)</source>
        <translation>Redo (Ctrl+Y)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The source file of this mapping is no longer in the project.</source>
        <translation>The source file of this mapping is no longer in the project.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading the source and suggesting codes…</source>
        <translation>Reading the source and suggesting codes…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Suggesting codes for {table}…</source>
        <translation>Suggesting codes for {table}…</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Not written automatically, because:</source>
        <translation>Not written automatically, because:</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>feeds {tables}</source>
        <translation>feeds {tables}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not mapped yet</source>
        <translation>not mapped yet</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot apply yet: the label {labels} has no code. Choose its code or leave it out of the table.</source>
        <translation>Cannot apply yet: the label {labels} has no code. Choose its code or leave it out of the table.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot apply yet: {count} labels have no code ({labels}). Choose their codes or leave them out of the table.</source>
        <translation>Cannot apply yet: {count} labels have no code ({labels}). Choose their codes or leave them out of the table.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Cannot apply yet: %n uncertain suggestion(s) need your decision ({labels}). Accept or change each of them.</source>
        <translation>
            <numerusform>Cannot apply yet: %n uncertain suggestion needs your decision ({labels}). Accept or change it.</numerusform>
            <numerusform>Cannot apply yet: %n uncertain suggestions need your decision ({labels}). Accept or change each of them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n suggested code(s) waiting for your review. Check them and click “Accept all confident”.</source>
        <translation>
            <numerusform>%n suggested code is waiting for your review. Check it and click “Accept all confident”.</numerusform>
            <numerusform>%n suggested codes are waiting for your review. Check them and click “Accept all confident”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%Ln label(s)</source>
        <translation>
            <numerusform>%Ln label</numerusform>
            <numerusform>%Ln labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln accepted</source>
        <comment>labels</comment>
        <translation>
            <numerusform>%Ln accepted</numerusform>
            <numerusform>%Ln accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln to review</source>
        <comment>labels</comment>
        <translation>
            <numerusform>%Ln to review</numerusform>
            <numerusform>%Ln to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln uncertain</source>
        <comment>labels</comment>
        <translation>
            <numerusform>%Ln uncertain</numerusform>
            <numerusform>%Ln uncertain</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln without code</source>
        <comment>labels</comment>
        <translation>
            <numerusform>%Ln without code</numerusform>
            <numerusform>%Ln without code</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln new</source>
        <comment>labels</comment>
        <translation>
            <numerusform>%Ln new</numerusform>
            <numerusform>%Ln new</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Total or aggregate?</source>
        <translation>Total or aggregate?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Residual: others of a region?</source>
        <translation>Residual: others of a region?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which country?</source>
        <translation>Which country?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No code offered</source>
        <translation>No code offered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not stated or another category?</source>
        <translation>Not stated or another category?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Labels of every kind</source>
        <translation>Labels of every kind</translation>
    </message>
    <message numerus="yes">
        <location line="+367"/>
        <source>%Ln observation(s) written to {table}.</source>
        <translation>
            <numerusform>%Ln observation written to {table}.</numerusform>
            <numerusform>%Ln observations written to {table}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+106"/>
        <source>Recipe applied: %n new label(s) to review.</source>
        <translation>
            <numerusform>Recipe applied: %n new label to review.</numerusform>
            <numerusform>Recipe applied: %n new labels to review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%Ln remembered code(s) exported to {path}.</source>
        <translation>
            <numerusform>%Ln remembered code exported to {path}.</numerusform>
            <numerusform>%Ln remembered codes exported to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%Ln code(s) added to your mapping memory; they are suggested from now on.</source>
        <translation>
            <numerusform>%Ln code added to your mapping memory; it is suggested from now on.</numerusform>
            <numerusform>%Ln codes added to your mapping memory; they are suggested from now on.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-594"/>
        <source>Cannot apply yet: the source dimension “{name}” is not bound. Bind it to an IMILA dimension or sum over it.</source>
        <translation>Cannot apply yet: the source dimension “{name}” is not bound. Bind it to an IMILA dimension or sum over it.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No IMILA table was recognised in this source: choose the table it feeds.</source>
        <translation>No IMILA table was recognised in this source: choose the table it feeds.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Write the observations of {table} from this source</source>
        <translation>Write the observations of {table} from this source</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These codes are already applied; change a code to apply again.</source>
        <translation>These codes are already applied; change a code to apply again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied: the observations of {table} in the project come from this mapping.</source>
        <translation>Applied: the observations of {table} in the project come from this mapping.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every label has a code. Apply the mapping to replace the observations of {table} from this source.</source>
        <translation>Every label has a code. Apply the mapping to replace the observations of {table} from this source.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every label has a code. Apply the mapping to write the observations of {table}.</source>
        <translation>Every label has a code. Apply the mapping to write the observations of {table}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels of every dimension</source>
        <translation>Labels of every dimension</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Questions ({count})</source>
        <translation>Questions ({count})</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Choose labels of one dimension to give them a code.</source>
        <translation>Choose labels of one dimension to give them a code.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{count} labels</source>
        <translation>{count} labels</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Leave out “{label}”</source>
        <translation>Leave out “{label}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out {count} labels</source>
        <translation>Leave out {count} labels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the code of “{label}”</source>
        <translation>Remove the code of “{label}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the codes of {count} labels</source>
        <translation>Remove the codes of {count} labels</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code of “{label}”: {code}</source>
        <translation>Code of “{label}”: {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code of {count} labels: {code}</source>
        <translation>Code of {count} labels: {code}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Accept “{label}”</source>
        <translation>Accept “{label}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept {count} labels</source>
        <translation>Accept {count} labels</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every confident suggestion is already accepted.</source>
        <translation>Every confident suggestion is already accepted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept {count} confident codes</source>
        <translation>Accept {count} confident codes</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Suggesting codes for “{dimension}”…</source>
        <translation>Suggesting codes for “{dimension}”…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bind “{dimension}” to {target}</source>
        <translation>Bind “{dimension}” to {target}</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Preview of {table}</source>
        <translation>Preview of {table}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Not in the preview, without a code: {labels}.</source>
        <translation>Not in the preview, without a code: {labels}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other dimensions at: {held}.</source>
        <translation>Other dimensions at: {held}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Writing the observations of {table}</source>
        <translation>Writing the observations of {table}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Save recipe</source>
        <translation>Save recipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mapping recipes (*.json)</source>
        <translation>Mapping recipes (*.json)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The recipe could not be written to {path}: {error}</source>
        <translation>The recipe could not be written to {path}: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recipe saved to {path}.</source>
        <translation>Recipe saved to {path}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Apply recipe</source>
        <translation>Apply recipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mapping recipes (*.json);;All files (*)</source>
        <translation>Mapping recipes (*.json);;All files (*)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Replaying the recipe “{name}”…</source>
        <translation>Replaying the recipe “{name}”…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Apply recipe {file}</source>
        <translation>Apply recipe {file}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recipe applied: every label was known.</source>
        <translation>Recipe applied: every label was known.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export mapping memory</source>
        <translation>Export mapping memory</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mapping memory (*.json)</source>
        <translation>Mapping memory (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting the mapping memory</source>
        <translation>Exporting the mapping memory</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import mapping memory</source>
        <translation>Import mapping memory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mapping memory (*.json);;All files (*)</source>
        <translation>Mapping memory (*.json);;All files (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing a mapping memory</source>
        <translation>Importing a mapping memory</translation>
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
    <name>MatrixCard</name>
    <message>
        <location filename="../../app/ui/bank_charts.py" line="+303"/>
        <source>Show the share of women in each cell</source>
        <translation>Show the share of women in each cell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PNG…</source>
        <translation>Save as PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a round and press Show.</source>
        <translation>Choose a round and press Show.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Origin × destination, round {round}</source>
        <translation>Origin × destination, round {round}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows: country of birth. Columns: the census that counted them. Largest first.</source>
        <translation>Rows: country of birth. Columns: the census that counted them. Largest first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{share} women</source>
        <translation>{share} women</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons born in the origin counted in the destination:</source>
        <translation>Persons born in the origin counted in the destination:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no figure</source>
        <translation>no figure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second line of each cell: the share of women among those persons.</source>
        <translation>Second line of each cell: the share of women among those persons.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Born in {origin}, counted in {destination}: {value} persons
Women: {women} ({share})
Sex ratio: {ratio} men per 100 women
Flags: {flags}</source>
        <translation>Born in {origin}, counted in {destination}: {value} persons
Women: {women} ({share})
Sex ratio: {ratio} men per 100 women
Flags: {flags}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The bank has no table by country of birth (T01) of round {round}.</source>
        <translation>The bank has no table by country of birth (T01) of round {round}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save chart as PNG</source>
        <translation>Save chart as PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save chart</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chart could not be saved to {path}. Choose another folder.</source>
        <translation>The chart could not be saved to {path}. Choose another folder.</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="+107"/>
        <location line="+75"/>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <location line="-74"/>
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
        <location line="+1"/>
        <source>Submission</source>
        <translation>Submission</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <source>Reference date:</source>
        <translation>Reference date:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Census round:</source>
        <translation>Census round:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enumeration basis:</source>
        <translation>Enumeration basis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source type:</source>
        <translation>Source type:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Package language:</source>
        <translation>Package language:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence:</source>
        <translation>Licence:</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <source>Language of the labels in the package&apos;s spreadsheet and quality report; by default the census country&apos;s</source>
        <translation>Language of the labels in the package&apos;s spreadsheet and quality report; by default the census country&apos;s</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <source>CELADE needs the office, a contact person and the reference date. Universe notes and national definitions go on the Project page; the export reminds you of anything left empty.</source>
        <translation>CELADE needs the office, a contact person and the reference date. Universe notes and national definitions go on the Project page; the export reminds you of anything left empty.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>IMILA projects (*.imila)</source>
        <translation>IMILA projects (*.imila)</translation>
    </message>
    <message>
        <location line="+33"/>
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
    <message>
        <location line="+4"/>
        <source>Write the reference date as YYYY-MM-DD, for example 2022-05-18.</source>
        <translation>Write the reference date as YYYY-MM-DD, for example 2022-05-18.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The contact email does not look like an address (name@institute.org).</source>
        <translation>The contact email does not look like an address (name@institute.org).</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../app/ui/pages/base.py" line="+95"/>
        <source>Help on this page</source>
        <translation>Help on this page</translation>
    </message>
</context>
<context>
    <name>PreviewGridModel</name>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="-1548"/>
        <location line="+19"/>
        <source>hidden row</source>
        <translation>hidden row</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location line="+743"/>
        <source>Check what was understood</source>
        <translation>Check what was understood</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coloured regions show how the table was read. To correct one, select rows or columns (click their numbers or letters) and mark them.</source>
        <translation>Coloured regions show how the table was read. To correct one, select rows or columns (click their numbers or letters) and mark them.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheet:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows:</source>
        <translation>Rows:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns:</source>
        <translation>Columns:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Footer</source>
        <translation>Footer</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>Totals</source>
        <translation>Totals</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Mark the selected rows as title rows</source>
        <translation>Mark the selected rows as title rows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected rows as header rows</source>
        <translation>Mark the selected rows as header rows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected rows as data rows</source>
        <translation>Mark the selected rows as data rows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected rows as notes and footer (not data)</source>
        <translation>Mark the selected rows as notes and footer (not data)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected data rows as totals (again to unmark)</source>
        <translation>Mark the selected data rows as totals (again to unmark)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected columns as label (stub) columns</source>
        <translation>Mark the selected columns as label (stub) columns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected columns as data columns</source>
        <translation>Mark the selected columns as data columns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected data columns as totals (again to unmark)</source>
        <translation>Mark the selected data columns as totals (again to unmark)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo corrections</source>
        <translation>Undo corrections</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the corrections of this sheet and use the detection again</source>
        <translation>Forget the corrections of this sheet and use the detection again</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Mark the header and data rows to read it anyway.</source>
        <translation>Mark the header and data rows to read it anyway.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your corrections are applied.</source>
        <translation>Your corrections are applied.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detection confidence: {percent}</source>
        <translation>Detection confidence: {percent}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes of the table:</source>
        <translation>Notes of the table:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the first {count} rows are shown; the whole sheet is imported.</source>
        <translation>Only the first {count} rows are shown; the whole sheet is imported.</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="+223"/>
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
        <location line="+0"/>
        <source>Licence:</source>
        <translation>Licence:</translation>
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
        <source>Previous census round</source>
        <translation>Previous census round</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose its package…</source>
        <translation>Choose its package…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget</source>
        <translation>Forget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location line="+132"/>
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
    <message>
        <location line="+13"/>
        <source>None given. Choose the package of the last census (the .zip IMILA Desk exported for it): the previous-round rule (PLA-004) then compares each country of birth&apos;s stock with it.</source>
        <translation>None given. Choose the package of the last census (the .zip IMILA Desk exported for it): the previous-round rule (PLA-004) then compares each country of birth&apos;s stock with it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Census {year}: {file}, {count} cells by country of birth.</source>
        <translation>Census {year}: {file}, {count} cells by country of birth.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The previous round&apos;s package</source>
        <translation>The previous round&apos;s package</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMILA packages (*.zip)</source>
        <translation>IMILA packages (*.zip)</translation>
    </message>
</context>
<context>
    <name>PyramidCard</name>
    <message>
        <location filename="../../app/ui/charts.py" line="-179"/>
        <source>Country of birth:</source>
        <translation>Country of birth:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>All countries of birth</source>
        <translation>All countries of birth</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no table of the foreign-born by sex and age yet (T01, or T00&apos;s foreign-born rows).</source>
        <translation>There is no table of the foreign-born by sex and age yet (T01, or T00&apos;s foreign-born rows).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Population pyramid of the foreign-born</source>
        <translation>Population pyramid of the foreign-born</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Age group</source>
        <translation>Age group</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
</context>
<context>
    <name>RecipeBuilderDialog</name>
    <message>
        <location filename="../../app/ui/tabulate_dialog.py" line="+456"/>
        <source>Build a tabulation recipe</source>
        <translation>Build a tabulation recipe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bind the questions on household members living abroad to the variables of {file}, one record per member who left: country of residence, sex, age at departure and year of departure are required; they make table T11. A file with numbered columns per household (emig1_sex, emig2_sex…) needs a recipe file with &quot;layout&quot;: &quot;wide&quot;.</source>
        <translation>Bind the questions on household members living abroad to the variables of {file}, one record per member who left: country of residence, sex, age at departure and year of departure are required; they make table T11. A file with numbered columns per household (emig1_sex, emig2_sex…) needs a recipe file with &quot;layout&quot;: &quot;wide&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bind each IMILA concept to a variable of {file}. Country of birth is required; sex and age are needed by almost every table. Leave a concept empty when the census did not ask it: the tables that need it are not produced.</source>
        <translation>Bind each IMILA concept to a variable of {file}. Country of birth is required; sex and age are needed by almost every table. Leave a concept empty when the census did not ask it: the tables that need it are not produced.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The variables were suggested from their names: check each one.</source>
        <translation>The variables were suggested from their names: check each one.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipe name:</source>
        <translation>Recipe name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Census year:</source>
        <translation>Census year:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file holds:</source>
        <translation>The file holds:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One record per person (tables T00 to T10)</source>
        <translation>One record per person (tables T00 to T10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household members living abroad, one record per member (table T11)</source>
        <translation>Household members living abroad, one record per member (table T11)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference period: left since</source>
        <translation>Reference period: left since</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>up to</source>
        <translation>up to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The question as the questionnaire asks it, e.g. “salieron desde 2012”</source>
        <translation>The question as the questionnaire asks it, e.g. “salieron desde 2012”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The census asks about the members who left within this period; those who left before are not counted in T11</source>
        <translation>The census asks about the members who left within this period; those who left before are not counted in T11</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Concept</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Variable of the file</source>
        <translation>Variable of the file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it is coded</source>
        <translation>How it is coded</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not stated values</source>
        <translation>Not stated values</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most frequent values</source>
        <translation>Most frequent values</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(not in the file)</source>
        <translation>(not in the file)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 9, 99</source>
        <translation>e.g. 9, 99</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values that mean “not stated”, separated by commas</source>
        <translation>Values that mean “not stated”, separated by commas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>values are IMILA codes</source>
        <translation>values are IMILA codes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use this recipe</source>
        <translation>Use this recipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the recipe as a JSON file, to use it again or with the command line, and use it</source>
        <translation>Save the recipe as a JSON file, to use it again or with the command line, and use it</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>When the file&apos;s values are not the IMILA codes, map them: value=code, separated by commas (e.g. 1=1, 2=1, 3=2). IMILA codes:</source>
        <translation>When the file&apos;s values are not the IMILA codes, map them: value=code, separated by commas (e.g. 1=1, 2=1, 3=2). IMILA codes:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The values of “{concept}” must be written value=code, separated by commas (e.g. 1=1, 2=1, 3=2).</source>
        <translation>The values of “{concept}” must be written value=code, separated by commas (e.g. 1=1, 2=1, 3=2).</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Save the tabulation recipe</source>
        <translation>Save the tabulation recipe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The recipe could not be saved in {path} ({error}). Choose another folder.</source>
        <translation>The recipe could not be saved in {path} ({error}). Choose another folder.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="+87"/>
        <source>The table as it will be stored</source>
        <translation>The table as it will be stored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per published cell, labelled by its dimensions. Go back to correct the regions if a dimension or a label is wrong.</source>
        <translation>One row per published cell, labelled by its dimensions. Go back to correct the regions if a dimension or a label is wrong.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Table:</source>
        <translation>Table:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimensions</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the importer understood</source>
        <translation>What the importer understood</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>rows</source>
        <translation>rows</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>columns</source>
        <translation>columns</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>blocks</source>
        <translation>blocks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geography</source>
        <translation>geography</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; — %Ln label(s) ({role}): {sample}</source>
        <translation>
            <numerusform>&lt;b&gt;{name}&lt;/b&gt; — %Ln label ({role}): {sample}</numerusform>
            <numerusform>&lt;b&gt;{name}&lt;/b&gt; — %Ln labels ({role}): {sample}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{cells} cells from “{sheet}”</source>
        <translation>{cells} cells from “{sheet}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the first {count} are shown</source>
        <translation>the first {count} are shown</translation>
    </message>
</context>
<context>
    <name>RoundsCard</name>
    <message>
        <location filename="../../app/ui/bank_charts.py" line="-321"/>
        <source>Every country of birth (else the {n} largest)</source>
        <translation>Every country of birth (else the {n} largest)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest at the latest round of the destination</source>
        <translation>Largest at the latest round of the destination</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a destination and press Show.</source>
        <translation>Choose a destination and press Show.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change above {pct} since the previous round</source>
        <translation>Change above {pct} since the previous round</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Persons counted in {country}, by country of birth and census round</source>
        <translation>Persons counted in {country}, by country of birth and census round</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/ui/rounds_view.py" line="+134"/>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Census round</source>
        <translation>Census round</translation>
    </message>
    <message>
        <location filename="../../app/ui/rounds_view.py" line="-37"/>
        <source>The previous round and this one share no country of birth.</source>
        <translation>The previous round and this one share no country of birth.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <source>Census {year}</source>
        <translation>Census {year}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Foreign-born, census {previous} and {current}</source>
        <translation>Foreign-born, census {previous} and {current}</translation>
    </message>
</context>
<context>
    <name>RoundsModel</name>
    <message>
        <location line="-86"/>
        <source>Country of birth</source>
        <translation>Country of birth</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Census {year}</source>
        <translation>Census {year}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change (%)</source>
        <translation>Change (%)</translation>
    </message>
</context>
<context>
    <name>RoundsView</name>
    <message>
        <location line="+141"/>
        <source>No country of birth changed by more than 50 % since the previous round.</source>
        <translation>No country of birth changed by more than 50 % since the previous round.</translation>
    </message>
</context>
<context>
    <name>SheetsPage</name>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="-453"/>
        <source>Choose the sheets</source>
        <translation>Choose the sheets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each checked sheet becomes a source of its own. The first sheet holding a table is checked.</source>
        <translation>Each checked sheet becomes a source of its own. The first sheet holding a table is checked.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheets of the file:</source>
        <translation>Sheets of the file:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check all visible</source>
        <translation>Check all visible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uncheck all</source>
        <translation>Uncheck all</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>hidden in the workbook</source>
        <translation>hidden in the workbook</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no table found</source>
        <translation>no table found</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>table found</source>
        <translation>table found</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Sheet “{sheet}”</source>
        <translation>Sheet “{sheet}”</translation>
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
    <name>TablesModel</name>
    <message>
        <location filename="../../app/ui/mapping_models.py" line="+52"/>
        <source>Universe: {universe}</source>
        <translation>Universe: {universe}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This source already feeds this table.</source>
        <translation>This source already feeds this table.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fits this source: {pct} %</source>
        <translation>Fits this source: {pct} %</translation>
    </message>
</context>
<context>
    <name>TabulateDialog</name>
    <message>
        <location filename="../../app/ui/tabulate_dialog.py" line="-525"/>
        <source>Census person files ({patterns})</source>
        <translation>Census person files ({patterns})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.csv *.txt *.tsv *.dat)</source>
        <translation>Text files (*.csv *.txt *.tsv *.dat)</translation>
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
        <translation>All files (*)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Tabulation recipes (*.json)</source>
        <translation>Tabulation recipes (*.json)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Age at departure</source>
        <translation>Age at departure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Household weight (expansion factor)</source>
        <translation>Household weight (expansion factor)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Weight (expansion factor)</source>
        <translation>Weight (expansion factor)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Age when they left</source>
        <translation>Age when they left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age now (the years since they left are subtracted)</source>
        <translation>Age now (the years since they left are subtracted)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Year of departure</source>
        <translation>Year of departure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years since they left</source>
        <translation>Years since they left</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Detect: M49 numbers, ISO codes or names</source>
        <translation>Detect: M49 numbers, ISO codes or names</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M49 numbers (32, 152, 604…)</source>
        <translation>M49 numbers (32, 152, 604…)</translation>
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
        <translation>Country names or value labels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year of arrival</source>
        <translation>Year of arrival</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years lived in the country</source>
        <translation>Years lived in the country</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISIC Rev.4 divisions (2 digits)</source>
        <translation>ISIC Rev.4 divisions (2 digits)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISIC Rev.4 groups (3 digits)</source>
        <translation>ISIC Rev.4 groups (3 digits)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISIC Rev.4 classes (4 digits)</source>
        <translation>ISIC Rev.4 classes (4 digits)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISIC Rev.4 sections (letters A–U)</source>
        <translation>ISIC Rev.4 sections (letters A–U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISCO-08 unit groups (4 digits)</source>
        <translation>ISCO-08 unit groups (4 digits)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISCO-08 minor groups (3 digits)</source>
        <translation>ISCO-08 minor groups (3 digits)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISCO-08 sub-major groups (2 digits)</source>
        <translation>ISCO-08 sub-major groups (2 digits)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISCO-08 major groups (1 digit)</source>
        <translation>ISCO-08 major groups (1 digit)</translation>
    </message>
    <message>
        <location line="+290"/>
        <source>As in the recipe: {kind}</source>
        <translation>As in the recipe: {kind}</translation>
    </message>
    <message>
        <location line="+381"/>
        <source>Tabulate microdata</source>
        <translation>Tabulate microdata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tabulate the IMILA tables straight from the census person file: every table the recipe&apos;s variables allow, with all its totals; or table T11 from the emigrant module of a census or survey (the household members living abroad), with an emigrant recipe. The file is read where it lies, however large; the project records its name, size and checksum, not the confidential records.</source>
        <translation>Tabulate the IMILA tables straight from the census person file: every table the recipe&apos;s variables allow, with all its totals; or table T11 from the emigrant module of a census or survey (the household members living abroad), with an emigrant recipe. The file is read where it lies, however large; the project records its name, size and checksum, not the confidential records.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Person or household file</source>
        <translation>Person or household file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, Parquet, SPSS (.sav) or Stata (.dta) file, one record per person, or per household member abroad</source>
        <translation>CSV, Parquet, SPSS (.sav) or Stata (.dta) file, one record per person, or per household member abroad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipe</source>
        <translation>Recipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tabulation recipe (JSON) that binds the file&apos;s variables to the IMILA concepts</source>
        <translation>A tabulation recipe (JSON) that binds the file&apos;s variables to the IMILA concepts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build a recipe…</source>
        <translation>Build a recipe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bind the file&apos;s variables to the IMILA concepts in a form</source>
        <translation>Bind the file&apos;s variables to the IMILA concepts in a form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclosure control</source>
        <translation>Disclosure control</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag cells of fewer than</source>
        <translation>Flag cells of fewer than</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>persons as confidential (C); totals are kept</source>
        <translation>persons as confidential (C); totals are kept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flagged cells keep their value in the project but are not exported</source>
        <translation>Flagged cells keep their value in the project but are not exported</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also keep a copy of the person file in the project (files up to 64 MiB)</source>
        <translation>Also keep a copy of the person file in the project (files up to 64 MiB)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person records are confidential and a project file is copied and sent: without a copy the project keeps the file&apos;s name, size and checksum only</source>
        <translation>The person records are confidential and a project file is copied and sent: without a copy the project keeps the file&apos;s name, size and checksum only</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tabulating…</source>
        <translation>Tabulating…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the tabulation; the project stays as it was</source>
        <translation>Stop the tabulation; the project stays as it was</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tabulate</source>
        <translation>Tabulate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cancelled: the project is as it was before.</source>
        <translation>Cancelled: the project is as it was before.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another task is running: wait for it to finish, then tabulate.</source>
        <translation>Another task is running: wait for it to finish, then tabulate.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tabulation stopped because of an unexpected error; the project is as it was before and the details were logged.</source>
        <translation>The tabulation stopped because of an unexpected error; the project is as it was before and the details were logged.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the person file first.</source>
        <translation>Choose the person file first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the variables of {file}…</source>
        <translation>Reading the variables of {file}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopping the tabulation…</source>
        <translation>Stopping the tabulation…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Census person file</source>
        <translation>Census person file</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Census records stay on this computer; only the tables enter the submission.</source>
        <translation>Census records stay on this computer; only the tables enter the submission.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No file at this path.</source>
        <translation>No file at this path.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}, {size}</source>
        <translation>{file}, {size}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tabulation recipe</source>
        <translation>Tabulation recipe</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No recipe yet: open one, or build one from the file&apos;s variables.</source>
        <translation>No recipe yet: open one, or build one from the file&apos;s variables.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>and {count} more</source>
        <translation>and {count} more</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>household members abroad → T11</source>
        <translation>household members abroad → T11</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>left {years}</source>
        <translation>left {years}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left since {year}</source>
        <translation>left since {year}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reference period of the project</source>
        <translation>reference period of the project</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>numbered columns per household</source>
        <translation>numbered columns per household</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>census {year}</source>
        <translation>census {year}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not saved</source>
        <translation>not saved</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Tabulating {file}…</source>
        <translation>Tabulating {file}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready. Tabulate writes the tables into the project in one step; a cancel or an error leaves the project as it was.</source>
        <translation>Ready. Tabulate writes the tables into the project in one step; a cancel or an error leaves the project as it was.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the person file and a recipe, then Tabulate.</source>
        <translation>Choose the person file and a recipe, then Tabulate.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tabulating {file}</source>
        <translation>Tabulating {file}</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>{records} records of {file} tabulated in {seconds} s: {count} observations in {tables} tables.</source>
        <translation>{records} records of {file} tabulated in {seconds} s: {count} observations in {tables} tables.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Nothing to note: every value was understood.</source>
        <translation>Nothing to note: every value was understood.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tables ({count})</source>
        <translation>Tables ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes on the data ({count})</source>
        <translation>Notes on the data ({count})</translation>
    </message>
</context>
<context>
    <name>TidyTableModel</name>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="-516"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flag</source>
        <translation>Flag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cell</source>
        <translation>Cell</translation>
    </message>
</context>
<context>
    <name>TopCountriesCard</name>
    <message>
        <location filename="../../app/ui/charts.py" line="+25"/>
        <source>There is no table by country of birth and sex yet (T01).</source>
        <translation>There is no table by country of birth and sex yet (T01).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The {n} largest countries of birth, by sex</source>
        <translation>The {n} largest countries of birth, by sex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
</context>
<context>
    <name>TourOverlay</name>
    <message>
        <location filename="../../app/ui/tour.py" line="+167"/>
        <source>Step {n} of {total}</source>
        <translation>Step {n} of {total}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Don&apos;t show again</source>
        <translation>Don&apos;t show again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the tour</source>
        <translation>Close the tour</translation>
    </message>
</context>
<context>
    <name>UnexplainedDialog</name>
    <message>
        <location filename="../../app/ui/pages/export_page.py" line="-382"/>
        <source>Warnings without an explanation</source>
        <translation>Warnings without an explanation</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 warning has no explanation.</source>
        <translation>1 warning has no explanation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} warnings have no explanation.</source>
        <translation>{n} warnings have no explanation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CELADE will read them in the quality report without your reasons. Send the package anyway (your confirmation is recorded with it), or explain them first on the Check page.</source>
        <translation>CELADE will read them in the quality report without your reasons. Send the package anyway (your confirmation is recorded with it), or explain them first on the Check page.</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send without explanation</source>
        <translation>Send without explanation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explain them first</source>
        <translation>Explain them first</translation>
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
        <location filename="../../app/ui/welcome.py" line="+219"/>
        <source>Prepare your census tables on international migration for CELADE&apos;s IMILA data bank: import, map, check and export.</source>
        <translation>Prepare your census tables on international migration for CELADE&apos;s IMILA data bank: import, map, check and export.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the demo</source>
        <translation>Open the demo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A small fictional census with errors seeded on purpose: the best way to look around.</source>
        <translation>A small fictional census with errors seeded on purpose: the best way to look around.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New project…</source>
        <translation>New project…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a submission for your country&apos;s census: one file holds all its work.</source>
        <translation>Start a submission for your country&apos;s census: one file holds all its work.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open project…</source>
        <translation>Open project…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carry on with a project file (.imila) made earlier or sent by a colleague.</source>
        <translation>Carry on with a project file (.imila) made earlier or sent by a colleague.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent projects</source>
        <translation>Recent projects</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New here?</source>
        <translation>New here?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the guided tour</source>
        <translation>Take the guided tour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the help</source>
        <translation>Read the help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop exercises</source>
        <translation>Workshop exercises</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>← Back to {name}</source>
        <translation>← Back to {name}</translation>
    </message>
</context>
<context>
    <name>WomenBreakdownModel</name>
    <message>
        <location filename="../../app/ui/women_view.py" line="+116"/>
        <source>Activity status</source>
        <translation>Activity status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>% of women</source>
        <translation>% of women</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>% of men</source>
        <translation>% of men</translation>
    </message>
</context>
<context>
    <name>WomenByCountryModel</name>
    <message>
        <location line="-68"/>
        <source>Country of birth</source>
        <translation>Country of birth</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Women (%)</source>
        <translation>Women (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex ratio</source>
        <translation>Sex ratio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Women per 100 persons born in that country</source>
        <translation>Women per 100 persons born in that country</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Men per 100 women</source>
        <translation>Men per 100 women</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The checks flag this sex ratio as unusual (see the findings).</source>
        <translation>The checks flag this sex ratio as unusual (see the findings).</translation>
    </message>
</context>
<context>
    <name>WomenView</name>
    <message>
        <location line="+190"/>
        <source>Women and men by country of birth (T01)</source>
        <translation>Women and men by country of birth (T01)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity status of foreign-born women and men (T07)</source>
        <translation>Activity status of foreign-born women and men (T07)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation of employed foreign-born women and men (T09)</source>
        <translation>Occupation of employed foreign-born women and men (T09)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the tables…</source>
        <translation>Reading the tables…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project has no table by country of birth and sex yet (T01).</source>
        <translation>The project has no table by country of birth and sex yet (T01).</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Women are {share} % of the people born abroad whose country of birth is known ({women} of {total}); {ratio} men per 100 women.</source>
        <translation>Women are {share} % of the people born abroad whose country of birth is known ({women} of {total}); {ratio} men per 100 women.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The project has no table by activity status (T07): import it to see how many foreign-born women are employed, unemployed or inactive.</source>
        <translation>The project has no table by activity status (T07): import it to see how many foreign-born women are employed, unemployed or inactive.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project has no table by occupation (T09): import it to see the occupations of employed foreign-born women.</source>
        <translation>The project has no table by occupation (T09): import it to see the occupations of employed foreign-born women.</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <location filename="../../app/ui/workshop_dialog.py" line="+115"/>
        <location line="+1"/>
        <source>Workshop exercises</source>
        <translation>Workshop exercises</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practise each step on the census of a fictional country. Each exercise opens its own project; its checklist beside the pages ticks itself as you work.</source>
        <translation>Practise each step on the census of a fictional country. Each exercise opens its own project; its checklist beside the pages ticks itself as you work.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your work is kept in {folder}</source>
        <translation>Your work is kept in {folder}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change folder…</source>
        <translation>Change folder…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start over…</source>
        <translation>Start over…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export progress…</source>
        <translation>Export progress…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Folder of the workshop exercises</source>
        <translation>Folder of the workshop exercises</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Preparing “{title}”</source>
        <translation>Preparing “{title}”</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+5"/>
        <source>Start over</source>
        <translation>Start over</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Start “{title}” over? Everything done in this exercise is lost.</source>
        <translation>Start “{title}” over? Everything done in this exercise is lost.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Starting over</source>
        <translation>Starting over</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Writing the progress report</source>
        <translation>Writing the progress report</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Progress written to {json} and {csv}.</source>
        <translation>Progress written to {json} and {csv}.</translation>
    </message>
</context>
<context>
    <name>WorkshopDock</name>
    <message>
        <location filename="../../app/ui/workshop_panel.py" line="+362"/>
        <source>Workshop &amp;checklist</source>
        <translation>Workshop &amp;checklist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop exercise</source>
        <translation>Workshop exercise</translation>
    </message>
</context>
<context>
    <name>WorkshopPanel</name>
    <message>
        <location line="-150"/>
        <source>Exercise complete: well done!</source>
        <translation>Exercise complete: well done!</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checklist: one more item done.</source>
        <translation>Checklist: one more item done.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>{done} of {total} done</source>
        <translation>{done} of {total} done</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking your project…</source>
        <translation>Checking your project…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every item is done: this exercise is complete. Open the next one from “Exercises…”.</source>
        <translation>Every item is done: this exercise is complete. Open the next one from “Exercises…”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The list also updates by itself after each change</source>
        <translation>The list also updates by itself after each change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercises…</source>
        <translation>Exercises…</translation>
    </message>
</context>
<context>
    <name>_JobLink</name>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="+186"/>
        <source>Cancelled: nothing was read. Change a setting or go back to try again.</source>
        <translation>Cancelled: nothing was read. Change a setting or go back to try again.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/ui/welcome.py" line="+41"/>
        <source>The demo project is not available in this installation.</source>
        <translation>The demo project is not available in this installation.</translation>
    </message>
</context>
</TS>
