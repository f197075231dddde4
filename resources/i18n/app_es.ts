<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="+140"/>
        <source>About IMILA Desk</source>
        <translation>Acerca de IMILA Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare census tables on international migration for the IMILA data bank of CELADE, the Population Division of ECLAC.</source>
        <translation>Prepare cuadros censales sobre migración internacional para el banco de datos IMILA del CELADE, División de Población de la CEPAL.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IMILA schema:</source>
        <translation>Esquema IMILA:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt for Python (PySide6):</source>
        <translation>Qt para Python (PySide6):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Python:</source>
        <translation>Python:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System:</source>
        <translation>Sistema:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence:</source>
        <translation>Licencia:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Components and their licences</source>
        <translation>Componentes y sus licencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the installed versions…</source>
        <translation>Leyendo las versiones instaladas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hover over a component to read its notice.</source>
        <translation>Pase el puntero sobre un componente para leer su aviso legal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the versions and licences, for a support request</source>
        <translation>Copiar las versiones y las licencias, para una solicitud de soporte</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>ArrivalsCard</name>
    <message>
        <location filename="../../app/ui/charts.py" line="+281"/>
        <source>There is no table by period of arrival yet (T04).</source>
        <translation>Todavía no hay un cuadro por período de llegada (T04).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Foreign-born population by period of arrival</source>
        <translation>Población nacida en el extranjero por período de llegada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period of arrival</source>
        <translation>Período de llegada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before {year}</source>
        <translation>Antes de {year}</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../app/ui/models.py" line="+380"/>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>BankWindow</name>
    <message>
        <location filename="../../app/ui/bank_window.py" line="+132"/>
        <source>IMILA data bank</source>
        <translation>Banco de datos IMILA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open or create bank…</source>
        <translation>Abrir o crear banco…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add packages…</source>
        <translation>Agregar paquetes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packages</source>
        <translation>Paquetes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emigrants of a country</source>
        <translation>Emigrantes de un país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin × destination</source>
        <translation>Origen × destino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Across rounds</source>
        <translation>Entre rondas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country of birth:</source>
        <translation>País de nacimiento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Round:</source>
        <translation>Ronda:</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>By:</source>
        <translation>Por:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destination only</source>
        <translation>solo destino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sex</source>
        <translation>sexo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sex and age</source>
        <translation>sexo y edad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>period of arrival</source>
        <translation>período de llegada</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <location line="+2"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>By destination</source>
        <translation>Por destino</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Population pyramid</source>
        <translation>Pirámide de población</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Matrix</source>
        <translation>Matriz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line chart</source>
        <translation>Gráfico de líneas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Destination:</source>
        <translation>Destino:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export XLSX…</source>
        <translation>Exportar XLSX…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export SDMX-CSV…</source>
        <translation>Exportar SDMX-CSV…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No bank open</source>
        <translation>Ningún banco abierto</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+57"/>
        <source>all</source>
        <translation>todas</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Open or create bank</source>
        <translation>Abrir o crear banco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMILA data bank (*.imilabank)</source>
        <translation>Banco de datos IMILA (*.imilabank)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add packages</source>
        <translation>Agregar paquetes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Packages (*.zip)</source>
        <translation>Paquetes (*.zip)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Package refused, the bank is unchanged</source>
        <translation>Paquete rechazado, el banco no cambió</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+31"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Census</source>
        <translation>Censo</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+31"/>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Tables</source>
        <translation>Cuadros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loaded</source>
        <translation>Cargado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Explanations</source>
        <translation>Explicaciones</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>published</source>
        <translation>publicada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sum of parts</source>
        <translation>suma de las partes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flags</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flag</source>
        <translation>Marca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country of birth</source>
        <translation>País de nacimiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>M49</source>
        <translation>M49</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women %</source>
        <translation>% mujeres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sex ratio</source>
        <translation>Índice de masculinidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period of arrival</source>
        <translation>Período de llegada</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Round {round}: {value} persons, {women} women, {n} destinations</source>
        <translation>Ronda {round}: {value} personas, {women} mujeres, {n} destinos</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
</context>
<context>
    <name>BindingsModel</name>
    <message>
        <location filename="../../app/ui/mapping_models.py" line="+577"/>
        <source>Sum over (not in IMILA)</source>
        <translation>Sumar (no está en IMILA)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out</source>
        <translation>Dejar fuera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not bound</source>
        <translation>Sin vincular</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+28"/>
        <source>Sum every label</source>
        <translation>Sumar todas las etiquetas</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Source dimension</source>
        <translation>Variable de origen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IMILA dimension</source>
        <translation>Variable IMILA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total used</source>
        <translation>Total utilizado</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%Ln label(s): {labels}</source>
        <translation>
            <numerusform>%Ln etiqueta: {labels}</numerusform>
            <numerusform>%Ln etiquetas: {labels}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The published total of this dimension is kept; the other labels are left out. Without one, every label is added up.</source>
        <translation>Se conserva el total publicado de esta variable y se dejan fuera las demás etiquetas. Si no hay total publicado, se suman todas las etiquetas.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Total of “{dimension}”</source>
        <translation>Total de «{dimension}»</translation>
    </message>
</context>
<context>
    <name>CellsPivotModel</name>
    <message>
        <location filename="../../app/ui/cells_view.py" line="+127"/>
        <source>The table has no such cell.</source>
        <translation>El cuadro no tiene esa celda.</translation>
    </message>
</context>
<context>
    <name>CellsView</name>
    <message>
        <location line="+177"/>
        <source>Where the highlighted cells come from</source>
        <translation>De dónde provienen las celdas resaltadas</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+39"/>
        <source>Select a finding to see its cells.</source>
        <translation>Seleccione un hallazgo para ver sus celdas.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Source file: {file}</source>
        <translation>Archivo de origen: {file}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cells</source>
        <translation>Celdas</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+90"/>
        <source>Table {table}</source>
        <translation>Cuadro {table}</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>{rows} down, {columns} across</source>
        <translation>{rows} en filas, {columns} en columnas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only {cells}</source>
        <translation>solo {cells}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This finding concerns the whole table: it names no particular cells.</source>
        <translation>Este hallazgo se refiere a todo el cuadro: no señala celdas en particular.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the table…</source>
        <translation>Leyendo el cuadro…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This table is not part of the IMILA schema.</source>
        <translation>Este cuadro no forma parte del esquema IMILA.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cells could not be read: {error}</source>
        <translation>No se pudieron leer las celdas: {error}</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../app/ui/charts.py" line="-203"/>
        <source>Save as PNG…</source>
        <translation>Guardar como PNG…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Save chart as PNG</source>
        <translation>Guardar el gráfico como PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save chart</source>
        <translation>Guardar gráfico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chart could not be saved to {path}. Choose another folder.</source>
        <translation>No se pudo guardar el gráfico en {path}. Elija otra carpeta.</translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message>
        <location line="+183"/>
        <source>Population pyramid</source>
        <translation>Pirámide de población</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries of birth</source>
        <translation>Países de nacimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrivals</source>
        <translation>Llegadas</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reading the tables…</source>
        <translation>Leyendo los cuadros…</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../app/ui/pages/check_page.py" line="+577"/>
        <source>Check</source>
        <translation>Validar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check data quality</source>
        <translation>Validar la calidad de los datos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Errors block the export; warnings need a written explanation that travels with the package; notes are for information.</source>
        <translation>Los errores impiden exportar; las advertencias requieren una explicación escrita que acompaña al paquete; las notas son informativas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run checks</source>
        <translation>Ejecutar validaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open quality report</source>
        <translation>Abrir informe de calidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report that goes into the package, as the data stand now</source>
        <translation>El informe que se incluye en el paquete, con los datos tal como están ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women in migration</source>
        <translation>Mujeres en la migración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All findings</source>
        <translation>Todos los hallazgos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Table:</source>
        <translation>Cuadro:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tables</source>
        <translation>Todos los cuadros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why are these figures right as they are? For example: the census published them this way, and the difference comes from…</source>
        <translation>¿Por qué estas cifras son correctas tal como están? Por ejemplo: el censo las publicó así y la diferencia se debe a…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author:</source>
        <translation>Autor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record this explanation; it travels with the package</source>
        <translation>Registrar esta explicación; se incluye en el paquete</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Running checks</source>
        <translation>Ejecutando validaciones</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Checking…</source>
        <translation>Validando…</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>(%n explained)</source>
        <comment>warnings</comment>
        <translation>
            <numerusform>(%n explicada)</numerusform>
            <numerusform>(%n explicadas)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{summary} · from the last run; the checks run again when the data change.</source>
        <translation>{summary} · de la última ejecución; las validaciones se repiten cuando cambian los datos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The checks run when the data change.</source>
        <translation>Las validaciones se ejecutan cuando cambian los datos.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No finding matches this filter.</source>
        <translation>Ningún hallazgo coincide con este filtro.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Persons</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex ratio</source>
        <translation>Índice de masculinidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cells</source>
        <translation>Celdas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>History ({n})…</source>
        <translation>Historial ({n})…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Errors cannot be explained: correct the table or its mapping.</source>
        <translation>Los errores no se pueden explicar: corrija el cuadro o su correspondencia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes need no explanation.</source>
        <translation>Las notas no requieren explicación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explained by {author} on {when}.</source>
        <translation>Explicado por {author} el {when}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not explained yet: write why the figures are right as they are.</source>
        <translation>Aún sin explicar: escriba por qué las cifras son correctas tal como están.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Explanation saved.</source>
        <translation>Explicación guardada.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Writing the quality report</source>
        <translation>Generando el informe de calidad</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>{summary} · checked at {time}</source>
        <translation>{summary} · validado a las {time}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Running the checks…</source>
        <translation>Ejecutando las validaciones…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The checks have not run yet.</source>
        <translation>Las validaciones todavía no se han ejecutado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No findings: the data pass every check.</source>
        <translation>Sin hallazgos: los datos superan todas las validaciones.</translation>
    </message>
</context>
<context>
    <name>CodeListModel</name>
    <message>
        <location filename="../../app/ui/mapping_models.py" line="+413"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Also known as</source>
        <translation>También conocido como</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sub-region</source>
        <translation>Subregión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Former country</source>
        <translation>País histórico</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Others of a region</source>
        <translation>Otros de una región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Born in the country</source>
        <translation>Nacido en el país</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not stated</source>
        <translation>No declarado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave out</source>
        <translation>Dejar fuera</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>National subtotal</source>
        <translation>Subtotal nacional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typed code</source>
        <translation>Código ingresado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave this label out of the table</source>
        <translation>Dejar esta etiqueta fuera del cuadro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>National subtotal “{name}” (checked, not exported)</source>
        <translation>Subtotal nacional «{name}» (se valida, no se exporta)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the code {code}</source>
        <translation>Usar el código {code}</translation>
    </message>
</context>
<context>
    <name>CodePickerDialog</name>
    <message>
        <location filename="../../app/ui/code_picker.py" line="+93"/>
        <source>Choose a code</source>
        <translation>Elegir un código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code for “{label}”</source>
        <translation>Código para «{label}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no code yet</source>
        <translation>todavía sin código</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left out</source>
        <translation>dejada fuera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{dimension} ({id}) · now: {current}</source>
        <translation>{dimension} ({id}) · actual: {current}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a code, a name or another name it is known by</source>
        <translation>Escriba un código, un nombre u otro nombre con el que se conozca</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Codes shown: {count}</source>
        <translation>Códigos mostrados: {count}</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="+1298"/>
        <source>Import into the project</source>
        <translation>Importar al proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has been stored yet. Click Import to add the file to the project.</source>
        <translation>Todavía no se ha guardado nada. Haga clic en Importar para agregar el archivo al proyecto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sheets:</source>
        <translation>Hojas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading:</source>
        <translation>Lectura:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Corrections:</source>
        <translation>Correcciones:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project:</source>
        <translation>Proyecto:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is stored in the project unchanged, with its checksum and these settings, so that it can be read again and re-imported when a corrected edition is published. Each checked sheet becomes a source.</source>
        <translation>El archivo se guarda sin cambios en el proyecto, con su suma de verificación y esta configuración, para poder leerlo de nuevo y reimportarlo cuando se publique una edición corregida. Cada hoja marcada se convierte en una fuente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map to the IMILA tables right away when every label has a confident code (otherwise the file waits on the Map page)</source>
        <translation>Mapear a los cuadros IMILA de inmediato si todas las etiquetas tienen un código seguro (si no, el archivo queda pendiente en la página Mapear)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the automatic mapping concludes</source>
        <translation>Lo que concluye el mapeo automático</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>encoding</source>
        <translation>codificación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>delimiter</source>
        <translation>delimitador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decimal mark</source>
        <translation>separador decimal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>thousands separator</source>
        <translation>separador de miles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tab</source>
        <translation>tabulación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>space</source>
        <translation>espacio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as the workbook stores it</source>
        <translation>tal como lo guarda el libro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none, the detection is used as it is</source>
        <translation>ninguna, se usa la detección tal cual</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checking the words of the title and headers and the published totals…</source>
        <translation>Revisando las palabras del título y los encabezados y los totales publicados…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The automatic mapping could not be checked: {error}</source>
        <translation>No se pudo revisar el mapeo automático: {error}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Before writing, you will be asked about:</source>
        <translation>Antes de escribir se le preguntará por:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project already holds these cells; you will be asked whether to replace them:</source>
        <translation>El proyecto ya tiene estas celdas; se le preguntará si reemplazarlas:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{table}: {cells} cells from “{source}”</source>
        <translation>{table}: {cells} celdas de «{source}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing will be written automatically; the file waits on the Map page.</source>
        <translation>No se escribirá nada automáticamente; el archivo queda pendiente en la página Mapear.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln label(s) to answer:</source>
        <translation>
            <numerusform>%Ln etiqueta por responder:</numerusform>
            <numerusform>%Ln etiquetas por responder:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="+48"/>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IMILA Desk ran into a problem it did not expect.</source>
        <translation>IMILA Desk encontró un problema inesperado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your project is safe: every change is saved in the project file as soon as it is made, and the action that failed was undone.</source>
        <translation>Su proyecto está a salvo: cada cambio se guarda en el archivo del proyecto en el momento en que se hace, y la acción que falló se deshizo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The details were written to {path}.</source>
        <translation>Los detalles se guardaron en {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please send them to your support contact.</source>
        <translation>Envíelos a su contacto de soporte técnico.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>DestinationsCard</name>
    <message>
        <location filename="../../app/ui/bank_charts.py" line="+85"/>
        <source>Choose a country of birth and press Show.</source>
        <translation>Elija un país de nacimiento y pulse Mostrar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} ({share} women)</source>
        <translation>{value} ({share} mujeres)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{country}: {value} persons, {men} men, {women} women ({share})</source>
        <translation>{country}: {value} personas, {men} hombres, {women} mujeres ({share})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Emigrants of {country} by destination, round {round}</source>
        <translation>Emigrantes de {country} por destino, ronda {round}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persons born in {country} counted by the destination</source>
        <translation>Personas nacidas en {country} censadas en el destino</translation>
    </message>
</context>
<context>
    <name>EmigrantPyramidCard</name>
    <message>
        <location line="+28"/>
        <source>Destination:</source>
        <translation>Destino:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>All destinations</source>
        <translation>Todos los destinos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No destination publishes these emigrants by sex and age (T01).</source>
        <translation>Ningún destino publica estos emigrantes por sexo y edad (T01).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Men: {n}</source>
        <translation>Hombres: {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Women: {n}</source>
        <translation>Mujeres: {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{age}: {men} men, {women} women</source>
        <translation>{age}: {men} hombres, {women} mujeres</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>all destinations</source>
        <translation>todos los destinos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emigrants of {country} by sex and age, round {round}, {where}: {total}</source>
        <translation>Emigrantes de {country} por sexo y edad, ronda {round}, {where}: {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age group</source>
        <translation>Grupo de edad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Persons</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Age groups every destination publishes; the broadest are those of {names}.</source>
        <translation>Grupos de edad que publican todos los destinos; los más amplios son los de {names}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without a table by sex and age, not in the pyramid: {names}.</source>
        <translation>Sin tabla por sexo y edad, fuera de la pirámide: {names}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Age not stated: {n}.</source>
        <translation>Edad no declarada: {n}.</translation>
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
        <translation>Completado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress: {done} of {total}</source>
        <translation>En curso: {done} de {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
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
        <translation>Historial de explicaciones</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Written</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In force</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replaced</source>
        <translation>Reemplazada</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../app/ui/pages/export_page.py" line="+254"/>
        <location line="+181"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>Export the submission package</source>
        <translation>Exportar el paquete de envío</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With no open errors, write the package for CELADE: data, metadata, quality report and mappings, with checksums.</source>
        <translation>Sin errores pendientes, genere el paquete para el CELADE: datos, metadatos, informe de calidad y correspondencias, con sumas de verificación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Output folder:</source>
        <translation>Carpeta de destino:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels in:</source>
        <translation>Etiquetas en:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the labels in the spreadsheet and the quality report</source>
        <translation>Idioma de las etiquetas en la hoja de cálculo y en el informe de calidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include the original source files</source>
        <translation>Incluir los archivos de origen originales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The census tables as imported, unchanged, under sources/ in the package</source>
        <translation>Los cuadros censales tal como se importaron, sin cambios, en la carpeta sources/ del paquete</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Quality report saved: {name} ({pages} pages)</source>
        <translation>Informe de calidad guardado: {name} ({pages} páginas)</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Written: {name}
in {folder}</source>
        <translation>Generado: {name}
en {folder}</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>Export package</source>
        <translation>Exportar paquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the Check page</source>
        <translation>Ir a la página Validar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Table</source>
        <translation>Cuadro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packages written</source>
        <translation>Paquetes generados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify package…</source>
        <translation>Verificar paquete…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save report as PDF…</source>
        <translation>Guardar el informe en PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The quality report of the data as they stand now, printable, in the language of the labels</source>
        <translation>El informe de calidad de los datos tal como están ahora, para imprimir, en el idioma de las etiquetas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No package written yet.</source>
        <translation>Todavía no se ha generado ningún paquete.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>1 error must be corrected before the export (see the Check page).</source>
        <translation>Hay 1 error que debe corregirse antes de exportar (vea la página Validar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} errors must be corrected before the export (see the Check page).</source>
        <translation>Hay {n} errores que deben corregirse antes de exportar (vea la página Validar).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The package cannot be written while 1 error is open:</source>
        <translation>No se puede generar el paquete mientras haya 1 error pendiente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The package cannot be written while {n} errors are open:</source>
        <translation>No se puede generar el paquete mientras haya {n} errores pendientes:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Output folder</source>
        <translation>Carpeta de destino</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+23"/>
        <source>Save report as PDF</source>
        <translation>Guardar el informe en PDF</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the quality report</source>
        <translation>Generando el informe de calidad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the quality report…</source>
        <translation>Generando el informe de calidad…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The report cannot be written to {path} ({error}). Choose another place.</source>
        <translation>No se puede escribir el informe en {path} ({error}). Elija otro lugar.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The folder {folder} cannot be used ({error}). Choose another one.</source>
        <translation>No se puede usar la carpeta {folder} ({error}). Elija otra.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the package</source>
        <translation>Generando el paquete</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the package…</source>
        <translation>Generando el paquete…</translation>
    </message>
</context>
<context>
    <name>ExportProgressDialog</name>
    <message>
        <location filename="../../app/ui/workshop_dialog.py" line="+58"/>
        <location line="+13"/>
        <source>Export progress</source>
        <translation>Exportar el avance</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>A report of the exercises done, for the trainer: a JSON file and a CSV file beside it.</source>
        <translation>Un informe de los ejercicios realizados, para el capacitador: un archivo JSON y, junto a él, un archivo CSV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participant:</source>
        <translation>Participante:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Progress report (*.json)</source>
        <translation>Informe de avance (*.json)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write the participant&apos;s name.</source>
        <translation>Escriba el nombre del participante.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose where to write the report.</source>
        <translation>Elija dónde guardar el informe.</translation>
    </message>
</context>
<context>
    <name>ExportsModel</name>
    <message>
        <location filename="../../app/ui/models.py" line="-9"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Package</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Written</source>
        <translation>Generado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Por</translation>
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
        <translation>Elija el archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is read as your office published it; check what was detected and correct any guess.</source>
        <translation>El archivo se lee tal como lo publicó su oficina; revise lo que se detectó y corrija lo que haga falta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose another file…</source>
        <translation>Elegir otro archivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was detected</source>
        <translation>Lo que se detectó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First rows as read</source>
        <translation>Primeras filas leídas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheets:</source>
        <translation>Hojas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table:</source>
        <translation>Cuadro:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding:</source>
        <translation>Codificación:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delimiter:</source>
        <translation>Delimitador:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decimal mark:</source>
        <translation>Separador decimal:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thousands separator:</source>
        <translation>Separador de miles:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbers are read as the workbook stores them; encoding and delimiter only apply to text files.</source>
        <translation>Los números se leen tal como los guarda el libro; la codificación y el delimitador solo se aplican a archivos de texto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can also drop a file onto this window. Formats: CSV and text, Excel (XLSX, XLSM, XLS), OpenDocument (ODS), SPSS (SAV), Stata (DTA), HTML.</source>
        <translation>También puede arrastrar un archivo a esta ventana. Formatos: CSV y texto, Excel (XLSX, XLSM, XLS), OpenDocument (ODS), SPSS (SAV), Stata (DTA), HTML.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UTF-8 with signature (BOM)</source>
        <translation>UTF-8 con firma (BOM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows-1252 (Western Europe)</source>
        <translation>Windows-1252 (Europa occidental)</translation>
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
        <translation>Coma  ,</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Semicolon  ;</source>
        <translation>Punto y coma  ;</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tab</source>
        <translation>Tabulación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertical bar  |</source>
        <translation>Barra vertical  |</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Point  1234.5</source>
        <translation>Punto  1234.5</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comma  1234,5</source>
        <translation>Coma  1234,5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None  1234567</source>
        <translation>Ninguno  1234567</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Point  1.234.567</source>
        <translation>Punto  1.234.567</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comma  1,234,567</source>
        <translation>Coma  1,234,567</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space  1 234 567</source>
        <translation>Espacio  1 234 567</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apostrophe  1&apos;234&apos;567</source>
        <translation>Apóstrofo  1&apos;234&apos;567</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No file chosen yet.</source>
        <translation>Todavía no se eligió ningún archivo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delimited text</source>
        <translation>Texto delimitado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbook</source>
        <translation>Libro de Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel 97-2003 workbook</source>
        <translation>Libro de Excel 97-2003</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OpenDocument spreadsheet</source>
        <translation>Hoja de cálculo OpenDocument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML tables</source>
        <translation>Tablas HTML</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SPSS data file</source>
        <translation>Archivo de datos SPSS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stata data file</source>
        <translation>Archivo de datos Stata</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} (table found on “{sheet}”)</source>
        <translation>{count} (cuadro encontrado en «{sheet}»)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n hidden</source>
        <comment>sheets</comment>
        <translation>
            <numerusform>%n oculta</numerusform>
            <numerusform>%n ocultas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{size}, modified {date}</source>
        <translation>{size}, modificado el {date}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Detection confidence: {percent}</source>
        <translation>Confianza de la detección: {percent}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{option} — detected</source>
        <translation>{option} — detectado</translation>
    </message>
</context>
<context>
    <name>FindingCellsModel</name>
    <message>
        <location filename="../../app/ui/cells_view.py" line="-187"/>
        <source>Cell</source>
        <translation>Celda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source cell</source>
        <translation>Celda de origen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source file</source>
        <translation>Archivo de origen</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../app/ui/models.py" line="-90"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Table</source>
        <translation>Cuadro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cells</source>
        <translation>Celdas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>FindingsTreeModel</name>
    <message>
        <location filename="../../app/ui/pages/check_page.py" line="-181"/>
        <source>Blocks the export</source>
        <translation>Impide exportar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explained</source>
        <translation>Explicada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To explain</source>
        <translation>Por explicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For information</source>
        <translation>Informativa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Errors ({n})</source>
        <translation>Errores ({n})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warnings ({n})</source>
        <translation>Advertencias ({n})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes ({n})</source>
        <translation>Notas ({n})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Whole project ({n})</source>
        <translation>Todo el proyecto ({n})</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cells</source>
        <translation>Celdas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>HeldImportDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="+17"/>
        <source>Import of {file}</source>
        <translation>Importación de {file}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{file} does not look like a table of this project&apos;s census. Nothing has been written.</source>
        <translation>{file} no parece una tabla del censo de este proyecto. No se escribió nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import anyway</source>
        <translation>Importar de todos modos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project already holds some of these cells from another file. Nothing has been written: two sources are never merged.</source>
        <translation>El proyecto ya tiene algunas de estas celdas de otro archivo. No se escribió nada: dos fuentes nunca se mezclan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{table}: {cells} cells from “{source}”</source>
        <translation>{table}: {cells} celdas de «{source}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the earlier table</source>
        <translation>Reemplazar la tabla anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New version (keep the earlier file)</source>
        <translation>Nueva versión (conservar el archivo anterior)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep for the Map page</source>
        <translation>Guardar para la página Mapear</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“Keep for the Map page” stores the file without writing its cells, to map by hand.</source>
        <translation>«Guardar para la página Mapear» guarda el archivo sin escribir sus celdas, para mapearlo a mano.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>HelpViewer</name>
    <message>
        <location filename="../../app/ui/help_viewer.py" line="+115"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Help — {title}</source>
        <translation>Ayuda — {title}</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../app/ui/pages/import_page.py" line="+77"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+42"/>
        <source>Import census tables</source>
        <translation>Importar cuadros censales</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Add the tables your office publishes. Each file is stored in the project unchanged, with its checksum.</source>
        <translation>Agregue los cuadros que publica su oficina. Cada archivo se guarda sin cambios en el proyecto, con su suma de verificación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import file…</source>
        <translation>Importar archivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tabulate microdata…</source>
        <translation>Tabular microdatos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tabulate the IMILA tables straight from the census person file (CSV, Parquet, SPSS, Stata)</source>
        <translation>Tabular los cuadros IMILA directamente a partir del archivo censal de personas (CSV, Parquet, SPSS, Stata)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-import…</source>
        <translation>Reimportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a corrected edition of the selected file with the same settings and mapping; it replaces the file and its observations</source>
        <translation>Importar una edición corregida del archivo seleccionado con la misma configuración y correspondencia; reemplaza el archivo y sus observaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>or drop files onto this window: CSV, Excel (XLSX, XLS), OpenDocument (ODS), SPSS (SAV), Stata (DTA), HTML.</source>
        <translation>o arrastre archivos a esta ventana: CSV, Excel (XLSX, XLS), OpenDocument (ODS), SPSS (SAV), Stata (DTA), HTML.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Corrected edition of {file}</source>
        <translation>Edición corregida de {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same kind of file ({pattern});;All files (*)</source>
        <translation>Mismo tipo de archivo ({pattern});;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Re-importing {file}</source>
        <translation>Reimportando {file}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{file} was not re-imported: {count} of its labels are not in the mapping of the file it corrects. Nothing was changed. Import it with “Import file…” and complete its mapping on the Map page.</source>
        <translation>{file} no se reimportó: {count} de sus etiquetas no están en la correspondencia del archivo que corrige. No se cambió nada. Impórtelo con «Importar archivo…» y complete su correspondencia en la página Mapear.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Check the table and its codes on the Map page, then apply the mapping.</source>
        <translation>Revise la tabla y sus códigos en la página Mapear y luego aplique el mapeo.</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>Source files</source>
        <translation>Archivos de origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No files imported yet.
Use “Import file…” or drop a file here.</source>
        <translation>Todavía no se ha importado ningún archivo.
Use «Importar archivo…» o arrastre un archivo aquí.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last import</source>
        <translation>Última importación</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>{file}: observations written to {tables}.</source>
        <translation>{file}: observaciones guardadas en {tables}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} was not imported yet: it waits for your answer.</source>
        <translation>{file} todavía no se importó: espera su respuesta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is stored in the project; no observations were written yet.</source>
        <translation>{file} quedó guardado en el proyecto; todavía no se registraron observaciones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It replaces the earlier edition of the file and the observations that came from it.</source>
        <translation>Reemplaza la edición anterior del archivo y las observaciones que provenían de ella.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was not written automatically, because:</source>
        <translation>No se escribió automáticamente, porque:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The IMILA table of {file} was not recognised: choose it on the Map page.</source>
        <translation>No se reconoció el cuadro IMILA de {file}: elíjalo en la página Mapear.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} labels have no IMILA code yet: complete the mapping on the Map page.</source>
        <translation>{count} etiquetas aún no tienen código IMILA: complete la correspondencia en la página Mapear.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="-643"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label columns</source>
        <translation>Columnas de etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes and footer</source>
        <translation>Notas y pie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside the table</source>
        <translation>Fuera del cuadro</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Census tables ({patterns})</source>
        <translation>Cuadros censales ({patterns})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.csv *.txt *.tsv)</source>
        <translation>Archivos de texto (*.csv *.txt *.tsv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workbooks (*.xlsx *.xlsm *.xls *.ods)</source>
        <translation>Libros de cálculo (*.xlsx *.xlsm *.xls *.ods)</translation>
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
        <translation>Páginas web (*.html *.htm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+1365"/>
        <location line="+65"/>
        <source>Import a census table</source>
        <translation>Importar un cuadro censal</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The file could not be read because of an unexpected error; the details were logged.</source>
        <translation>No se pudo leer el archivo debido a un error inesperado; los detalles quedaron registrados.</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+198"/>
        <source>Reading {file}</source>
        <translation>Leyendo {file}</translation>
    </message>
    <message>
        <location line="-151"/>
        <location line="+29"/>
        <source>Reading “{sheet}”</source>
        <translation>Leyendo «{sheet}»</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Importing {file}</source>
        <translation>Importando {file}</translation>
    </message>
</context>
<context>
    <name>JobPanel</name>
    <message>
        <location filename="../../app/ui/worker.py" line="+220"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop this task; the project stays as it was</source>
        <translation>Detener esta tarea; el proyecto queda como estaba</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
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
        <translation>Etiqueta en la fuente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IMILA code</source>
        <translation>Código IMILA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IMILA dimension</source>
        <translation>Variable IMILA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The label as the source publishes it</source>
        <translation>La etiqueta tal como la publica la fuente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code and its name in IMILA</source>
        <translation>El código y su nombre en IMILA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How sure the suggestion is</source>
        <translation>Qué tan segura es la sugerencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this code was suggested</source>
        <translation>Por qué se sugirió este código</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested with confidence: accept it</source>
        <translation>Sugerido con confianza: acéptelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To confirm: the suggestion is not certain</source>
        <translation>Por confirmar: la sugerencia no es segura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No code yet: choose one or leave the label out</source>
        <translation>Todavía sin código: elija uno o deje la etiqueta fuera</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No code yet</source>
        <translation>Todavía sin código</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left out of this table</source>
        <translation>Fuera de este cuadro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subtotal of {members}</source>
        <translation>Subtotal de {members}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National subtotal</source>
        <translation>Subtotal nacional</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(blank)</source>
        <translation>(en blanco)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New label: the recipe did not know it.</source>
        <translation>Etiqueta nueva: la receta no la conocía.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>National subtotal (checked for additivity, not exported): {text}</source>
        <translation>Subtotal nacional (se valida la suma, no se exporta): {text}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{label} (from “{dimension}”)</source>
        <translation>{label} (de «{dimension}»)</translation>
    </message>
</context>
<context>
    <name>LicencesModel</name>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="-157"/>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copyright</source>
        <translation>Derechos de autor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} (build only)</source>
        <translation>{name} (solo para compilar)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="+297"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;as…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import file…</source>
        <translation>&amp;Importar archivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify package…</source>
        <translation>&amp;Verificar paquete…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMILA data &amp;bank…</source>
        <translation>&amp;Banco de datos IMILA…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About IMILA Desk</source>
        <translation>&amp;Acerca de IMILA Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help &amp;contents</source>
        <translation>&amp;Contenido de la ayuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guided &amp;tour</source>
        <translation>&amp;Recorrido guiado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Welcome page</source>
        <translation>Página de &amp;bienvenida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Workshop exercises…</source>
        <translation>&amp;Ejercicios del taller…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No recent projects</source>
        <translation>No hay proyectos recientes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Project: {path}</source>
        <translation>Proyecto: {path}</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Open project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMILA projects (*.imila);;All files (*)</source>
        <translation>Proyectos IMILA (*.imila);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save project as</source>
        <translation>Guardar proyecto como</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMILA projects (*.imila)</source>
        <translation>Proyectos IMILA (*.imila)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Please wait: another task is running.</source>
        <translation>Espere: hay otra tarea en curso.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>This version can only import long CSV files of IMILA codes; {file} was not imported.</source>
        <translation>Esta versión solo importa archivos CSV en formato largo con códigos IMILA; {file} no se importó.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+45"/>
        <source>Importing {file}</source>
        <translation>Importando {file}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Verify package</source>
        <translation>Verificar paquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMILA packages (*.zip)</source>
        <translation>Paquetes IMILA (*.zip)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Package verification is not available in this version yet.</source>
        <translation>La verificación de paquetes aún no está disponible en esta versión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verifying {file}</source>
        <translation>Verificando {file}</translation>
    </message>
</context>
<context>
    <name>MapOverviewModel</name>
    <message>
        <location filename="../../app/ui/mapping_models.py" line="-387"/>
        <source>Mapping</source>
        <translation>Correspondencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IMILA table</source>
        <translation>Cuadro IMILA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source file</source>
        <translation>Archivo de origen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated</source>
        <translation>Actualizada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Not mapped yet</source>
        <translation>Todavía sin correspondencia</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The source file of this mapping is no longer in the project.</source>
        <translation>El archivo de origen de esta correspondencia ya no está en el proyecto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open this source to map it to an IMILA table.</source>
        <translation>Abra esta fuente para asignarla a un cuadro IMILA.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this mapping to review or change it.</source>
        <translation>Abra esta correspondencia para revisarla o cambiarla.</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../app/ui/pages/map_page.py" line="+631"/>
        <source>Map</source>
        <translation>Mapear</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Map to IMILA codes</source>
        <translation>Asignar códigos IMILA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bind each dimension and label of your tables to the IMILA code lists. A mapping replays on the next file of the same shape.</source>
        <translation>Vincule cada variable y cada etiqueta de sus cuadros con los clasificadores IMILA. Una correspondencia se vuelve a aplicar al siguiente archivo con la misma estructura.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sources and their mappings</source>
        <translation>Fuentes y sus correspondencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map…</source>
        <translation>Mapear…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No tables to map yet.
Import a census table: it appears here to be mapped.</source>
        <translation>Todavía no hay cuadros para mapear.
Importe un cuadro censal: aparecerá aquí para asignarle códigos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a row to open its mapping. A source can feed several IMILA tables: open it and choose another table.</source>
        <translation>Haga doble clic en una fila para abrir su correspondencia. Una fuente puede alimentar varios cuadros IMILA: ábrala y elija otro cuadro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>← All sources</source>
        <translation>← Todas las fuentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the sources; what you changed here is kept until you apply it</source>
        <translation>Volver a las fuentes; lo que cambió aquí se conserva hasta que lo aplique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipe</source>
        <translation>Receta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this mapping as a recipe file, or replay a recipe on this source</source>
        <translation>Guardar esta correspondencia como archivo de receta o aplicar una receta a esta fuente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share the mapping memory: the codes confirmed before, suggested everywhere</source>
        <translation>Compartir la memoria de correspondencias: los códigos confirmados antes, sugeridos en todas partes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save recipe…</source>
        <translation>Guardar receta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply recipe…</source>
        <translation>Aplicar receta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export mapping memory…</source>
        <translation>Exportar memoria de correspondencias…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import mapping memory…</source>
        <translation>Importar memoria de correspondencias…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMILA table:</source>
        <translation>Cuadro IMILA:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The IMILA table this source feeds. A source can feed several tables: choose another one to add its mapping.</source>
        <translation>El cuadro IMILA que alimenta esta fuente. Una fuente puede alimentar varios cuadros: elija otro para agregar su correspondencia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply mapping</source>
        <translation>Aplicar correspondencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter labels, codes or names</source>
        <translation>Filtrar etiquetas, códigos o nombres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only those to review</source>
        <translation>Solo las que hay que revisar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Accept all confident</source>
        <translation>Aceptar todas las seguras</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Accept every suggestion with a confidence of 90 % or more</source>
        <translation>Aceptar todas las sugerencias con una confianza del 90 % o más</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Accept the code of the selected labels (Space)</source>
        <translation>Aceptar el código de las etiquetas seleccionadas (Espacio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Change code…</source>
        <translation>Cambiar código…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Choose another code for the selected labels (F2 or double-click)</source>
        <translation>Elegir otro código para las etiquetas seleccionadas (F2 o doble clic)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out</source>
        <translation>Dejar fuera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the selected labels out of this table (Delete)</source>
        <translation>Dejar las etiquetas seleccionadas fuera de este cuadro (Supr)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave out of this table</source>
        <translation>Dejar fuera de este cuadro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the code</source>
        <translation>Quitar el código</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dimensions</source>
        <translation>Variables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimension down the rows of the preview</source>
        <translation>Variable en las filas de la vista previa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimension across the columns of the preview</source>
        <translation>Variable en las columnas de la vista previa</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo: {action} (Ctrl+Z)</source>
        <translation>Deshacer: {action} (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Deshacer (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo: {action} (Ctrl+Y)</source>
        <translation>Rehacer: {action} (Ctrl+Y)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo (Ctrl+Y)</source>
        <translation>Rehacer (Ctrl+Y)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The source file of this mapping is no longer in the project.</source>
        <translation>El archivo de origen de esta correspondencia ya no está en el proyecto.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading the source and suggesting codes…</source>
        <translation>Leyendo la fuente y sugiriendo códigos…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Suggesting codes for {table}…</source>
        <translation>Sugiriendo códigos para {table}…</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Not written automatically, because:</source>
        <translation>No se escribió automáticamente, porque:</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… y %n más.</numerusform>
            <numerusform>… y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>feeds {tables}</source>
        <translation>alimenta {tables}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not mapped yet</source>
        <translation>todavía sin correspondencia</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot apply yet: the label {labels} has no code. Choose its code or leave it out of the table.</source>
        <translation>Todavía no se puede aplicar: la etiqueta {labels} no tiene código. Elija su código o déjela fuera del cuadro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot apply yet: {count} labels have no code ({labels}). Choose their codes or leave them out of the table.</source>
        <translation>Todavía no se puede aplicar: {count} etiquetas no tienen código ({labels}). Elija sus códigos o déjelas fuera del cuadro.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Cannot apply yet: %n uncertain suggestion(s) need your decision ({labels}). Accept or change each of them.</source>
        <translation>
            <numerusform>Todavía no se puede aplicar: %n sugerencia dudosa requiere su decisión ({labels}). Acéptela o cámbiela.</numerusform>
            <numerusform>Todavía no se puede aplicar: %n sugerencias dudosas requieren su decisión ({labels}). Acepte o cambie cada una.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n suggested code(s) waiting for your review. Check them and click “Accept all confident”.</source>
        <translation>
            <numerusform>%n código sugerido espera su revisión. Revíselo y haga clic en «Aceptar todas las seguras».</numerusform>
            <numerusform>%n códigos sugeridos esperan su revisión. Revíselos y haga clic en «Aceptar todas las seguras».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%Ln label(s)</source>
        <translation>
            <numerusform>%Ln etiqueta</numerusform>
            <numerusform>%Ln etiquetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln accepted</source>
        <comment>labels</comment>
        <translation>
            <numerusform>%Ln aceptada</numerusform>
            <numerusform>%Ln aceptadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln to review</source>
        <comment>labels</comment>
        <translation>
            <numerusform>%Ln por revisar</numerusform>
            <numerusform>%Ln por revisar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln uncertain</source>
        <comment>labels</comment>
        <translation>
            <numerusform>%Ln dudosa</numerusform>
            <numerusform>%Ln dudosas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln without code</source>
        <comment>labels</comment>
        <translation>
            <numerusform>%Ln sin código</numerusform>
            <numerusform>%Ln sin código</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln new</source>
        <comment>labels</comment>
        <translation>
            <numerusform>%Ln nueva</numerusform>
            <numerusform>%Ln nuevas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Total or aggregate?</source>
        <translation>¿Total o agregado?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Residual: others of a region?</source>
        <translation>Residual: ¿otros de una región?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which country?</source>
        <translation>¿Qué país?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No code offered</source>
        <translation>Sin código propuesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not stated or another category?</source>
        <translation>¿No declarado u otra categoría?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Labels of every kind</source>
        <translation>Etiquetas de todo tipo</translation>
    </message>
    <message numerus="yes">
        <location line="+367"/>
        <source>%Ln observation(s) written to {table}.</source>
        <translation>
            <numerusform>%Ln observación guardada en {table}.</numerusform>
            <numerusform>%Ln observaciones guardadas en {table}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+106"/>
        <source>Recipe applied: %n new label(s) to review.</source>
        <translation>
            <numerusform>Receta aplicada: %n etiqueta nueva por revisar.</numerusform>
            <numerusform>Receta aplicada: %n etiquetas nuevas por revisar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%Ln remembered code(s) exported to {path}.</source>
        <translation>
            <numerusform>%Ln código memorizado exportado a {path}.</numerusform>
            <numerusform>%Ln códigos memorizados exportados a {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%Ln code(s) added to your mapping memory; they are suggested from now on.</source>
        <translation>
            <numerusform>%Ln código agregado a su memoria de correspondencias; desde ahora se sugiere.</numerusform>
            <numerusform>%Ln códigos agregados a su memoria de correspondencias; desde ahora se sugieren.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-594"/>
        <source>Cannot apply yet: the source dimension “{name}” is not bound. Bind it to an IMILA dimension or sum over it.</source>
        <translation>Todavía no se puede aplicar: la variable de origen «{name}» no está vinculada. Vincúlela a una variable IMILA o súmela.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No IMILA table was recognised in this source: choose the table it feeds.</source>
        <translation>No se reconoció ningún cuadro IMILA en esta fuente: elija el cuadro que alimenta.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Write the observations of {table} from this source</source>
        <translation>Guardar las observaciones de {table} a partir de esta fuente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These codes are already applied; change a code to apply again.</source>
        <translation>Estos códigos ya están aplicados; cambie un código para volver a aplicar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied: the observations of {table} in the project come from this mapping.</source>
        <translation>Aplicada: las observaciones de {table} en el proyecto provienen de esta correspondencia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every label has a code. Apply the mapping to replace the observations of {table} from this source.</source>
        <translation>Todas las etiquetas tienen código. Aplique la correspondencia para reemplazar las observaciones de {table} que provienen de esta fuente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every label has a code. Apply the mapping to write the observations of {table}.</source>
        <translation>Todas las etiquetas tienen código. Aplique la correspondencia para guardar las observaciones de {table}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels of every dimension</source>
        <translation>Etiquetas de todas las variables</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Questions ({count})</source>
        <translation>Preguntas ({count})</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Choose labels of one dimension to give them a code.</source>
        <translation>Elija etiquetas de una sola variable para asignarles un código.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{count} labels</source>
        <translation>{count} etiquetas</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Leave out “{label}”</source>
        <translation>Dejar fuera «{label}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out {count} labels</source>
        <translation>Dejar fuera {count} etiquetas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the code of “{label}”</source>
        <translation>Quitar el código de «{label}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the codes of {count} labels</source>
        <translation>Quitar los códigos de {count} etiquetas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code of “{label}”: {code}</source>
        <translation>Código de «{label}»: {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code of {count} labels: {code}</source>
        <translation>Código de {count} etiquetas: {code}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Accept “{label}”</source>
        <translation>Aceptar «{label}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept {count} labels</source>
        <translation>Aceptar {count} etiquetas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every confident suggestion is already accepted.</source>
        <translation>Todas las sugerencias seguras ya están aceptadas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept {count} confident codes</source>
        <translation>Aceptar {count} códigos seguros</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Suggesting codes for “{dimension}”…</source>
        <translation>Sugiriendo códigos para «{dimension}»…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bind “{dimension}” to {target}</source>
        <translation>Vincular «{dimension}» a {target}</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Preview of {table}</source>
        <translation>Vista previa de {table}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Not in the preview, without a code: {labels}.</source>
        <translation>Fuera de la vista previa, sin código: {labels}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other dimensions at: {held}.</source>
        <translation>Las demás variables en: {held}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Writing the observations of {table}</source>
        <translation>Guardando las observaciones de {table}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Save recipe</source>
        <translation>Guardar receta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mapping recipes (*.json)</source>
        <translation>Recetas de correspondencia (*.json)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The recipe could not be written to {path}: {error}</source>
        <translation>No se pudo guardar la receta en {path}: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recipe saved to {path}.</source>
        <translation>Receta guardada en {path}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Apply recipe</source>
        <translation>Aplicar receta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mapping recipes (*.json);;All files (*)</source>
        <translation>Recetas de correspondencia (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Replaying the recipe “{name}”…</source>
        <translation>Aplicando la receta «{name}»…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Apply recipe {file}</source>
        <translation>Aplicar la receta {file}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recipe applied: every label was known.</source>
        <translation>Receta aplicada: todas las etiquetas eran conocidas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export mapping memory</source>
        <translation>Exportar memoria de correspondencias</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mapping memory (*.json)</source>
        <translation>Memoria de correspondencias (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting the mapping memory</source>
        <translation>Exportando la memoria de correspondencias</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import mapping memory</source>
        <translation>Importar memoria de correspondencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mapping memory (*.json);;All files (*)</source>
        <translation>Memoria de correspondencias (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing a mapping memory</source>
        <translation>Importando una memoria de correspondencias</translation>
    </message>
</context>
<context>
    <name>MappingsModel</name>
    <message>
        <location filename="../../app/ui/models.py" line="+120"/>
        <source>Mapping</source>
        <translation>Correspondencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IMILA table</source>
        <translation>Cuadro IMILA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source file</source>
        <translation>Archivo de origen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
</context>
<context>
    <name>MatrixCard</name>
    <message>
        <location filename="../../app/ui/bank_charts.py" line="+303"/>
        <source>Show the share of women in each cell</source>
        <translation>Mostrar el porcentaje de mujeres en cada celda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PNG…</source>
        <translation>Guardar como PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a round and press Show.</source>
        <translation>Elija una ronda y pulse Mostrar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Origin × destination, round {round}</source>
        <translation>Origen × destino, ronda {round}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows: country of birth. Columns: the census that counted them. Largest first.</source>
        <translation>Filas: país de nacimiento. Columnas: el censo que las contó. Las mayores primero.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{share} women</source>
        <translation>{share} mujeres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons born in the origin counted in the destination:</source>
        <translation>Personas nacidas en el origen censadas en el destino:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no figure</source>
        <translation>sin dato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second line of each cell: the share of women among those persons.</source>
        <translation>Segunda línea de cada celda: el porcentaje de mujeres entre esas personas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Born in {origin}, counted in {destination}: {value} persons
Women: {women} ({share})
Sex ratio: {ratio} men per 100 women
Flags: {flags}</source>
        <translation>Nacidos en {origin}, censados en {destination}: {value} personas
Mujeres: {women} ({share})
Índice de masculinidad: {ratio} hombres por 100 mujeres
Marcas: {flags}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The bank has no table by country of birth (T01) of round {round}.</source>
        <translation>El banco no tiene tablas por país de nacimiento (T01) de la ronda {round}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save chart as PNG</source>
        <translation>Guardar el gráfico como PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save chart</source>
        <translation>Guardar el gráfico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chart could not be saved to {path}. Choose another folder.</source>
        <translation>No se pudo guardar el gráfico en {path}. Elija otra carpeta.</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="+107"/>
        <location line="+75"/>
        <source>New project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>A project holds one census submission: its tables, mappings, checks and exports, all in one file.</source>
        <translation>Un proyecto contiene un envío censal: sus cuadros, correspondencias, validaciones y exportaciones, todo en un solo archivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Census year:</source>
        <translation>Año del censo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project file:</source>
        <translation>Archivo del proyecto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submission</source>
        <translation>Envío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statistics office:</source>
        <translation>Oficina de estadística:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact person:</source>
        <translation>Persona de contacto:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact email:</source>
        <translation>Correo de contacto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference date:</source>
        <translation>Fecha de referencia:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Census round:</source>
        <translation>Ronda censal:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enumeration basis:</source>
        <translation>Tipo de empadronamiento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source type:</source>
        <translation>Tipo de fuente:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Package language:</source>
        <translation>Idioma del paquete:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence:</source>
        <translation>Licencia:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Instituto Nacional de Estadísticas</source>
        <translation>p. ej., Instituto Nacional de Estadísticas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@institute.org</source>
        <translation>nombre@instituto.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2020</source>
        <translation>p. ej., 2020</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the labels in the package&apos;s spreadsheet and quality report; by default the census country&apos;s</source>
        <translation>Idioma de las etiquetas de la planilla y del informe de calidad del paquete; por omisión, el del país del censo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De jure (usual residents)</source>
        <translation>De derecho (residentes habituales)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De facto (persons present)</source>
        <translation>De hecho (personas presentes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full count</source>
        <translation>Enumeración completa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample (weighted)</source>
        <translation>Muestra (ponderada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CELADE needs the office, a contact person and the reference date. Universe notes and national definitions go on the Project page; the export reminds you of anything left empty.</source>
        <translation>CELADE necesita la oficina, una persona de contacto y la fecha de referencia. Las notas de universo y las definiciones nacionales van en la página Proyecto; la exportación le recuerda lo que quede vacío.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>IMILA projects (*.imila)</source>
        <translation>Proyectos IMILA (*.imila)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose the country of the census.</source>
        <translation>Elija el país del censo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose where to save the project file.</source>
        <translation>Elija dónde guardar el archivo del proyecto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file with this name already exists. Choose another name: an existing project is never overwritten.</source>
        <translation>Ya existe un archivo con ese nombre. Elija otro nombre: un proyecto existente nunca se sobrescribe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the reference date as YYYY-MM-DD, for example 2022-05-18.</source>
        <translation>Escriba la fecha de referencia como AAAA-MM-DD, por ejemplo 2022-05-18.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The contact email does not look like an address (name@institute.org).</source>
        <translation>El correo de contacto no parece una dirección válida (nombre@instituto.org).</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../app/ui/pages/base.py" line="+95"/>
        <source>Help on this page</source>
        <translation>Ayuda sobre esta página</translation>
    </message>
</context>
<context>
    <name>PreviewGridModel</name>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="-1548"/>
        <location line="+19"/>
        <source>hidden row</source>
        <translation>fila oculta</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location line="+743"/>
        <source>Check what was understood</source>
        <translation>Revise lo que se interpretó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coloured regions show how the table was read. To correct one, select rows or columns (click their numbers or letters) and mark them.</source>
        <translation>Las zonas de color muestran cómo se leyó el cuadro. Para corregir una, seleccione filas o columnas (haga clic en sus números o letras) y márquelas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheet:</source>
        <translation>Hoja:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows:</source>
        <translation>Filas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns:</source>
        <translation>Columnas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Header</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Footer</source>
        <translation>Pie</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Mark the selected rows as title rows</source>
        <translation>Marcar las filas seleccionadas como filas de título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected rows as header rows</source>
        <translation>Marcar las filas seleccionadas como filas de encabezado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected rows as data rows</source>
        <translation>Marcar las filas seleccionadas como filas de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected rows as notes and footer (not data)</source>
        <translation>Marcar las filas seleccionadas como notas y pie (no son datos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected data rows as totals (again to unmark)</source>
        <translation>Marcar las filas de datos seleccionadas como totales (de nuevo para desmarcar)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected columns as label (stub) columns</source>
        <translation>Marcar las columnas seleccionadas como columnas de etiquetas (encabezamiento de filas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected columns as data columns</source>
        <translation>Marcar las columnas seleccionadas como columnas de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected data columns as totals (again to unmark)</source>
        <translation>Marcar las columnas de datos seleccionadas como totales (de nuevo para desmarcar)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo corrections</source>
        <translation>Deshacer correcciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the corrections of this sheet and use the detection again</source>
        <translation>Descartar las correcciones de esta hoja y volver a usar la detección</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Mark the header and data rows to read it anyway.</source>
        <translation>Marque las filas de encabezado y de datos para leerlo de todos modos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your corrections are applied.</source>
        <translation>Se aplicaron sus correcciones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detection confidence: {percent}</source>
        <translation>Confianza de la detección: {percent}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes of the table:</source>
        <translation>Notas del cuadro:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the first {count} rows are shown; the whole sheet is imported.</source>
        <translation>Solo se muestran las primeras {count} filas; se importa la hoja completa.</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="+223"/>
        <location line="+3"/>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Describe the census and the submission. CELADE receives these details with the data.</source>
        <translation>Describa el censo y el envío. El CELADE recibe esta información junto con los datos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Census</source>
        <translation>Censo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submission</source>
        <translation>Envío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Census name:</source>
        <translation>Nombre del censo:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Census year:</source>
        <translation>Año del censo:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference date:</source>
        <translation>Fecha de referencia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Census round:</source>
        <translation>Ronda censal:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enumeration basis:</source>
        <translation>Tipo de empadronamiento:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source type:</source>
        <translation>Tipo de fuente:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Statistics office:</source>
        <translation>Oficina de estadística:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact person:</source>
        <translation>Persona de contacto:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact email:</source>
        <translation>Correo de contacto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submission version:</source>
        <translation>Versión del envío:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Submission language:</source>
        <translation>Idioma del envío:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence:</source>
        <translation>Licencia:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2020</source>
        <translation>p. ej., 2020</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Instituto Nacional de Estadísticas</source>
        <translation>p. ej., Instituto Nacional de Estadísticas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@institute.org</source>
        <translation>nombre@instituto.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De jure (usual residents)</source>
        <translation>De derecho (residentes habituales)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De facto (persons present)</source>
        <translation>De hecho (personas presentes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full count</source>
        <translation>Enumeración completa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample (weighted)</source>
        <translation>Muestra (ponderada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National definitions</source>
        <translation>Definiciones nacionales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the census differs from the IMILA code lists (for example, a different definition of a category), say how.</source>
        <translation>Si el censo difiere de los clasificadores IMILA (por ejemplo, una categoría definida de otra forma), explique en qué.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Universe notes</source>
        <translation>Notas sobre el universo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For each table, who is counted when it differs from the standard universe (for example, a lower age limit of 10 instead of 15).</source>
        <translation>Para cada cuadro, a quién se incluye cuando difiere del universo estándar (por ejemplo, una edad mínima de 10 años en lugar de 15).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Table</source>
        <translation>Cuadro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous census round</source>
        <translation>Ronda censal anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose its package…</source>
        <translation>Elegir su paquete…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget</source>
        <translation>Olvidar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>The contact email does not look like an address (name@institute.org).</source>
        <translation>El correo de contacto no parece una dirección válida (nombre@instituto.org).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the reference date as YYYY-MM-DD.</source>
        <translation>Escriba la fecha de referencia como AAAA-MM-DD.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All changes saved</source>
        <translation>Todos los cambios están guardados</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>None given. Choose the package of the last census (the .zip IMILA Desk exported for it): the previous-round rule (PLA-004) then compares each country of birth&apos;s stock with it.</source>
        <translation>No se indicó. Elija el paquete del último censo (el .zip que IMILA Desk exportó para él): la regla de la ronda anterior (PLA-004) comparará con él la población de cada país de nacimiento.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Census {year}: {file}, {count} cells by country of birth.</source>
        <translation>Censo {year}: {file}, {count} celdas por país de nacimiento.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The previous round&apos;s package</source>
        <translation>El paquete de la ronda anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMILA packages (*.zip)</source>
        <translation>Paquetes IMILA (*.zip)</translation>
    </message>
</context>
<context>
    <name>PyramidCard</name>
    <message>
        <location filename="../../app/ui/charts.py" line="-179"/>
        <source>Country of birth:</source>
        <translation>País de nacimiento:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>All countries of birth</source>
        <translation>Todos los países de nacimiento</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no table of the foreign-born by sex and age yet (T01, or T00&apos;s foreign-born rows).</source>
        <translation>Todavía no hay un cuadro de la población nacida en el extranjero por sexo y edad (T01, o las filas de nacidos en el extranjero del T00).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Population pyramid of the foreign-born</source>
        <translation>Pirámide de población de los nacidos en el extranjero</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Age group</source>
        <translation>Grupo de edad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Persons</source>
        <translation>Personas</translation>
    </message>
</context>
<context>
    <name>RecipeBuilderDialog</name>
    <message>
        <location filename="../../app/ui/tabulate_dialog.py" line="+456"/>
        <source>Build a tabulation recipe</source>
        <translation>Crear una receta de tabulación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bind the questions on household members living abroad to the variables of {file}, one record per member who left: country of residence, sex, age at departure and year of departure are required; they make table T11. A file with numbered columns per household (emig1_sex, emig2_sex…) needs a recipe file with &quot;layout&quot;: &quot;wide&quot;.</source>
        <translation>Asocie las preguntas sobre los miembros del hogar que viven en el exterior a las variables de {file}, un registro por miembro que partió: país de residencia, sexo, edad al partir y año de salida son obligatorios; con ellos se arma el cuadro T11. Un archivo con columnas numeradas por hogar (emig1_sexo, emig2_sexo…) necesita un archivo de receta con &quot;layout&quot;: &quot;wide&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bind each IMILA concept to a variable of {file}. Country of birth is required; sex and age are needed by almost every table. Leave a concept empty when the census did not ask it: the tables that need it are not produced.</source>
        <translation>Vincule cada concepto IMILA con una variable de {file}. El país de nacimiento es obligatorio; el sexo y la edad se necesitan en casi todos los cuadros. Deje vacío un concepto si el censo no lo preguntó: los cuadros que lo requieren no se generan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The variables were suggested from their names: check each one.</source>
        <translation>Las variables se sugirieron a partir de sus nombres: revise cada una.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipe name:</source>
        <translation>Nombre de la receta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Census year:</source>
        <translation>Año del censo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file holds:</source>
        <translation>El archivo contiene:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One record per person (tables T00 to T10)</source>
        <translation>Un registro por persona (cuadros T00 a T10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household members living abroad, one record per member (table T11)</source>
        <translation>Miembros del hogar que viven en el exterior, un registro por miembro (cuadro T11)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference period: left since</source>
        <translation>Período de referencia: partieron desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>up to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The question as the questionnaire asks it, e.g. “salieron desde 2012”</source>
        <translation>La pregunta tal como la hace el cuestionario, p. ej. «salieron desde 2012»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The census asks about the members who left within this period; those who left before are not counted in T11</source>
        <translation>El censo pregunta por los miembros que partieron dentro de este período; los que partieron antes no se cuentan en T11</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Concept</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Variable of the file</source>
        <translation>Variable del archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it is coded</source>
        <translation>Cómo está codificada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not stated values</source>
        <translation>Valores no declarados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most frequent values</source>
        <translation>Valores más frecuentes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(not in the file)</source>
        <translation>(no está en el archivo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 9, 99</source>
        <translation>p. ej., 9, 99</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values that mean “not stated”, separated by commas</source>
        <translation>Valores que significan «no declarado», separados por comas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>values are IMILA codes</source>
        <translation>los valores son códigos IMILA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use this recipe</source>
        <translation>Usar esta receta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the recipe as a JSON file, to use it again or with the command line, and use it</source>
        <translation>Guardar la receta como archivo JSON, para volver a usarla o usarla desde la línea de comandos, y aplicarla</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>When the file&apos;s values are not the IMILA codes, map them: value=code, separated by commas (e.g. 1=1, 2=1, 3=2). IMILA codes:</source>
        <translation>Si los valores del archivo no son los códigos IMILA, asígnelos: valor=código, separados por comas (p. ej., 1=1, 2=1, 3=2). Códigos IMILA:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The values of “{concept}” must be written value=code, separated by commas (e.g. 1=1, 2=1, 3=2).</source>
        <translation>Los valores de «{concept}» deben escribirse como valor=código, separados por comas (p. ej., 1=1, 2=1, 3=2).</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Save the tabulation recipe</source>
        <translation>Guardar la receta de tabulación</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The recipe could not be saved in {path} ({error}). Choose another folder.</source>
        <translation>No se pudo guardar la receta en {path} ({error}). Elija otra carpeta.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="+87"/>
        <source>The table as it will be stored</source>
        <translation>El cuadro tal como se guardará</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per published cell, labelled by its dimensions. Go back to correct the regions if a dimension or a label is wrong.</source>
        <translation>Una fila por cada celda publicada, identificada por sus variables. Vuelva atrás para corregir las zonas si una variable o una etiqueta no es correcta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Table:</source>
        <translation>Cuadro:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimensions</source>
        <translation>Variables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the importer understood</source>
        <translation>Lo que interpretó el importador</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>rows</source>
        <translation>filas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>columns</source>
        <translation>columnas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>blocks</source>
        <translation>bloques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geography</source>
        <translation>geografía</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; — %Ln label(s) ({role}): {sample}</source>
        <translation>
            <numerusform>&lt;b&gt;{name}&lt;/b&gt; — %Ln etiqueta ({role}): {sample}</numerusform>
            <numerusform>&lt;b&gt;{name}&lt;/b&gt; — %Ln etiquetas ({role}): {sample}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{cells} cells from “{sheet}”</source>
        <translation>{cells} celdas de «{sheet}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the first {count} are shown</source>
        <translation>se muestran las primeras {count}</translation>
    </message>
</context>
<context>
    <name>RoundsCard</name>
    <message>
        <location filename="../../app/ui/bank_charts.py" line="-321"/>
        <source>Every country of birth (else the {n} largest)</source>
        <translation>Todos los países de nacimiento (si no, los {n} mayores)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest at the latest round of the destination</source>
        <translation>Los mayores en la última ronda del destino</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a destination and press Show.</source>
        <translation>Elija un destino y pulse Mostrar.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change above {pct} since the previous round</source>
        <translation>Cambio de más de {pct} desde la ronda anterior</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Persons counted in {country}, by country of birth and census round</source>
        <translation>Personas censadas en {country}, por país de nacimiento y ronda censal</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/ui/rounds_view.py" line="+134"/>
        <source>Persons</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Census round</source>
        <translation>Ronda censal</translation>
    </message>
    <message>
        <location filename="../../app/ui/rounds_view.py" line="-37"/>
        <source>The previous round and this one share no country of birth.</source>
        <translation>La ronda anterior y esta no tienen ningún país de nacimiento en común.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <source>Census {year}</source>
        <translation>Censo {year}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Foreign-born, census {previous} and {current}</source>
        <translation>Nacidos en el extranjero, censos {previous} y {current}</translation>
    </message>
</context>
<context>
    <name>RoundsModel</name>
    <message>
        <location line="-86"/>
        <source>Country of birth</source>
        <translation>País de nacimiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Census {year}</source>
        <translation>Censo {year}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change (%)</source>
        <translation>Cambio (%)</translation>
    </message>
</context>
<context>
    <name>RoundsView</name>
    <message>
        <location line="+141"/>
        <source>No country of birth changed by more than 50 % since the previous round.</source>
        <translation>Ningún país de nacimiento cambió más de 50 % desde la ronda anterior.</translation>
    </message>
</context>
<context>
    <name>SheetsPage</name>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="-453"/>
        <source>Choose the sheets</source>
        <translation>Elija las hojas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each checked sheet becomes a source of its own. The first sheet holding a table is checked.</source>
        <translation>Cada hoja marcada se convierte en una fuente independiente. Se marca la primera hoja que contiene un cuadro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheets of the file:</source>
        <translation>Hojas del archivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check all visible</source>
        <translation>Marcar todas las visibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uncheck all</source>
        <translation>Desmarcar todas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>hidden in the workbook</source>
        <translation>oculta en el libro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no table found</source>
        <translation>no se encontró ningún cuadro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>table found</source>
        <translation>cuadro encontrado</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Sheet “{sheet}”</source>
        <translation>Hoja «{sheet}»</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <location filename="../../app/ui/models.py" line="-172"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Observations</source>
        <translation>Observaciones</translation>
    </message>
</context>
<context>
    <name>TablesModel</name>
    <message>
        <location filename="../../app/ui/mapping_models.py" line="+52"/>
        <source>Universe: {universe}</source>
        <translation>Universo: {universe}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This source already feeds this table.</source>
        <translation>Esta fuente ya alimenta este cuadro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fits this source: {pct} %</source>
        <translation>Ajuste con esta fuente: {pct} %</translation>
    </message>
</context>
<context>
    <name>TabulateDialog</name>
    <message>
        <location filename="../../app/ui/tabulate_dialog.py" line="-525"/>
        <source>Census person files ({patterns})</source>
        <translation>Archivos censales de personas ({patterns})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.csv *.txt *.tsv *.dat)</source>
        <translation>Archivos de texto (*.csv *.txt *.tsv *.dat)</translation>
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
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Tabulation recipes (*.json)</source>
        <translation>Recetas de tabulación (*.json)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Age at departure</source>
        <translation>Edad al partir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Household</source>
        <translation>Hogar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Household weight (expansion factor)</source>
        <translation>Factor de expansión del hogar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Weight (expansion factor)</source>
        <translation>Ponderador (factor de expansión)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Age when they left</source>
        <translation>Edad cuando partieron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age now (the years since they left are subtracted)</source>
        <translation>Edad actual (se restan los años desde que partieron)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Year of departure</source>
        <translation>Año de salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years since they left</source>
        <translation>Años desde que partieron</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Detect: M49 numbers, ISO codes or names</source>
        <translation>Detectar: números M49, códigos ISO o nombres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M49 numbers (32, 152, 604…)</source>
        <translation>Números M49 (32, 152, 604…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO alpha-3 (ARG, CHL, PER…)</source>
        <translation>ISO alfa-3 (ARG, CHL, PER…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO alpha-2 (AR, CL, PE…)</source>
        <translation>ISO alfa-2 (AR, CL, PE…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country names or value labels</source>
        <translation>Nombres de países o etiquetas de valores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year of arrival</source>
        <translation>Año de llegada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years lived in the country</source>
        <translation>Años de residencia en el país</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISIC Rev.4 divisions (2 digits)</source>
        <translation>CIIU Rev. 4, divisiones (2 dígitos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISIC Rev.4 groups (3 digits)</source>
        <translation>CIIU Rev. 4, grupos (3 dígitos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISIC Rev.4 classes (4 digits)</source>
        <translation>CIIU Rev. 4, clases (4 dígitos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISIC Rev.4 sections (letters A–U)</source>
        <translation>CIIU Rev. 4, secciones (letras A–U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISCO-08 unit groups (4 digits)</source>
        <translation>CIUO-08, grupos primarios (4 dígitos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISCO-08 minor groups (3 digits)</source>
        <translation>CIUO-08, subgrupos (3 dígitos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISCO-08 sub-major groups (2 digits)</source>
        <translation>CIUO-08, subgrupos principales (2 dígitos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISCO-08 major groups (1 digit)</source>
        <translation>CIUO-08, grandes grupos (1 dígito)</translation>
    </message>
    <message>
        <location line="+290"/>
        <source>As in the recipe: {kind}</source>
        <translation>Como en la receta: {kind}</translation>
    </message>
    <message>
        <location line="+381"/>
        <source>Tabulate microdata</source>
        <translation>Tabular microdatos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tabulate the IMILA tables straight from the census person file: every table the recipe&apos;s variables allow, with all its totals; or table T11 from the emigrant module of a census or survey (the household members living abroad), with an emigrant recipe. The file is read where it lies, however large; the project records its name, size and checksum, not the confidential records.</source>
        <translation>Tabule los cuadros IMILA directamente del archivo de personas del censo: todos los cuadros que permiten las variables de la receta, con todos sus totales; o el cuadro T11 del módulo de emigración de un censo o encuesta (los miembros del hogar que viven en el exterior), con una receta de emigrantes. El archivo se lee donde está, por grande que sea; el proyecto registra su nombre, tamaño y suma de control, no los registros confidenciales.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Person or household file</source>
        <translation>Archivo de personas o de hogares</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, Parquet, SPSS (.sav) or Stata (.dta) file, one record per person, or per household member abroad</source>
        <translation>Archivo CSV, Parquet, SPSS (.sav) o Stata (.dta), un registro por persona, o por miembro del hogar en el exterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipe</source>
        <translation>Receta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tabulation recipe (JSON) that binds the file&apos;s variables to the IMILA concepts</source>
        <translation>Una receta de tabulación (JSON) que vincula las variables del archivo con los conceptos IMILA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build a recipe…</source>
        <translation>Crear una receta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bind the file&apos;s variables to the IMILA concepts in a form</source>
        <translation>Vincular las variables del archivo con los conceptos IMILA en un formulario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclosure control</source>
        <translation>Confidencialidad estadística</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag cells of fewer than</source>
        <translation>Marcar las celdas de menos de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>persons as confidential (C); totals are kept</source>
        <translation>personas como confidenciales (C); los totales se conservan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flagged cells keep their value in the project but are not exported</source>
        <translation>Las celdas marcadas conservan su valor en el proyecto, pero no se exportan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also keep a copy of the person file in the project (files up to 64 MiB)</source>
        <translation>Guardar también una copia del archivo de personas en el proyecto (archivos de hasta 64 MiB)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person records are confidential and a project file is copied and sent: without a copy the project keeps the file&apos;s name, size and checksum only</source>
        <translation>Los registros de personas son confidenciales y un archivo de proyecto se copia y se envía: sin copia, el proyecto guarda solo el nombre, el tamaño y la suma de verificación del archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tabulating…</source>
        <translation>Tabulando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the tabulation; the project stays as it was</source>
        <translation>Detener la tabulación; el proyecto queda como estaba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table</source>
        <translation>Cuadro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Observations</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tabulate</source>
        <translation>Tabular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cancelled: the project is as it was before.</source>
        <translation>Cancelado: el proyecto está como antes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another task is running: wait for it to finish, then tabulate.</source>
        <translation>Hay otra tarea en curso: espere a que termine y luego tabule.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tabulation stopped because of an unexpected error; the project is as it was before and the details were logged.</source>
        <translation>La tabulación se detuvo por un error inesperado; el proyecto está como antes y los detalles quedaron registrados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the person file first.</source>
        <translation>Primero elija el archivo de personas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the variables of {file}…</source>
        <translation>Leyendo las variables de {file}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopping the tabulation…</source>
        <translation>Deteniendo la tabulación…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Census person file</source>
        <translation>Archivo censal de personas</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Census records stay on this computer; only the tables enter the submission.</source>
        <translation>Los registros censales permanecen en esta computadora; solo los cuadros se incluyen en el envío.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No file at this path.</source>
        <translation>No hay ningún archivo en esta ruta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}, {size}</source>
        <translation>{file}, {size}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tabulation recipe</source>
        <translation>Receta de tabulación</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No recipe yet: open one, or build one from the file&apos;s variables.</source>
        <translation>Todavía no hay receta: abra una o créela a partir de las variables del archivo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>and {count} more</source>
        <translation>y {count} más</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>household members abroad → T11</source>
        <translation>miembros del hogar en el exterior → T11</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>left {years}</source>
        <translation>partieron en {years}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left since {year}</source>
        <translation>partieron desde {year}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reference period of the project</source>
        <translation>período de referencia del proyecto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>numbered columns per household</source>
        <translation>columnas numeradas por hogar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>census {year}</source>
        <translation>censo {year}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not saved</source>
        <translation>sin guardar</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Tabulating {file}…</source>
        <translation>Tabulando {file}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready. Tabulate writes the tables into the project in one step; a cancel or an error leaves the project as it was.</source>
        <translation>Listo. «Tabular» guarda los cuadros en el proyecto en un solo paso; si se cancela o hay un error, el proyecto queda como estaba.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the person file and a recipe, then Tabulate.</source>
        <translation>Elija el archivo de personas y una receta, y luego haga clic en Tabular.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tabulating {file}</source>
        <translation>Tabulando {file}</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>{records} records of {file} tabulated in {seconds} s: {count} observations in {tables} tables.</source>
        <translation>{records} registros de {file} tabulados en {seconds} s: {count} observaciones en {tables} cuadros.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Nothing to note: every value was understood.</source>
        <translation>Nada que señalar: se entendieron todos los valores.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tables ({count})</source>
        <translation>Cuadros ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes on the data ({count})</source>
        <translation>Notas sobre los datos ({count})</translation>
    </message>
</context>
<context>
    <name>TidyTableModel</name>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="-516"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flag</source>
        <translation>Marca</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cell</source>
        <translation>Celda</translation>
    </message>
</context>
<context>
    <name>TopCountriesCard</name>
    <message>
        <location filename="../../app/ui/charts.py" line="+25"/>
        <source>There is no table by country of birth and sex yet (T01).</source>
        <translation>Todavía no hay un cuadro por país de nacimiento y sexo (T01).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The {n} largest countries of birth, by sex</source>
        <translation>Los {n} principales países de nacimiento, por sexo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons</source>
        <translation>Personas</translation>
    </message>
</context>
<context>
    <name>TourOverlay</name>
    <message>
        <location filename="../../app/ui/tour.py" line="+167"/>
        <source>Step {n} of {total}</source>
        <translation>Paso {n} de {total}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Done</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Don&apos;t show again</source>
        <translation>No volver a mostrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the tour</source>
        <translation>Cerrar el recorrido</translation>
    </message>
</context>
<context>
    <name>UnexplainedDialog</name>
    <message>
        <location filename="../../app/ui/pages/export_page.py" line="-382"/>
        <source>Warnings without an explanation</source>
        <translation>Advertencias sin explicación</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 warning has no explanation.</source>
        <translation>1 advertencia no tiene explicación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} warnings have no explanation.</source>
        <translation>{n} advertencias no tienen explicación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CELADE will read them in the quality report without your reasons. Send the package anyway (your confirmation is recorded with it), or explain them first on the Check page.</source>
        <translation>El CELADE las leerá en el informe de calidad sin sus motivos. Envíe el paquete de todos modos (su confirmación queda registrada en él) o explíquelas primero en la página Validar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Table</source>
        <translation>Cuadro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send without explanation</source>
        <translation>Enviar sin explicación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explain them first</source>
        <translation>Explicarlas primero</translation>
    </message>
</context>
<context>
    <name>VerifyReportDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="+12"/>
        <source>Package verification</source>
        <translation>Verificación del paquete</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The package {name} is valid: its checksums match and its data pass the checks.</source>
        <translation>El paquete {name} es válido: sus sumas de verificación coinciden y sus datos superan las validaciones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The package {name} is not acceptable. Problems found:</source>
        <translation>El paquete {name} no es aceptable. Problemas encontrados:</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../app/ui/welcome.py" line="+219"/>
        <source>Prepare your census tables on international migration for CELADE&apos;s IMILA data bank: import, map, check and export.</source>
        <translation>Prepare sus cuadros censales sobre migración internacional para el banco de datos IMILA del CELADE: importe, asigne códigos, valide y exporte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the demo</source>
        <translation>Abrir la demostración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A small fictional census with errors seeded on purpose: the best way to look around.</source>
        <translation>Un pequeño censo ficticio con errores introducidos a propósito: la mejor manera de conocer la aplicación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New project…</source>
        <translation>Nuevo proyecto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a submission for your country&apos;s census: one file holds all its work.</source>
        <translation>Inicie un envío para el censo de su país: un solo archivo guarda todo el trabajo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open project…</source>
        <translation>Abrir proyecto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carry on with a project file (.imila) made earlier or sent by a colleague.</source>
        <translation>Continúe con un archivo de proyecto (.imila) creado antes o enviado por un colega.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent projects</source>
        <translation>Proyectos recientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New here?</source>
        <translation>¿Es la primera vez?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the guided tour</source>
        <translation>Hacer el recorrido guiado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the help</source>
        <translation>Leer la ayuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop exercises</source>
        <translation>Ejercicios del taller</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>← Back to {name}</source>
        <translation>← Volver a {name}</translation>
    </message>
</context>
<context>
    <name>WomenBreakdownModel</name>
    <message>
        <location filename="../../app/ui/women_view.py" line="+116"/>
        <source>Activity status</source>
        <translation>Condición de actividad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Occupation</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>% of women</source>
        <translation>% de mujeres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>% of men</source>
        <translation>% de hombres</translation>
    </message>
</context>
<context>
    <name>WomenByCountryModel</name>
    <message>
        <location line="-68"/>
        <source>Country of birth</source>
        <translation>País de nacimiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Women (%)</source>
        <translation>Mujeres (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex ratio</source>
        <translation>Índice de masculinidad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Women per 100 persons born in that country</source>
        <translation>Mujeres por cada 100 personas nacidas en ese país</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Men per 100 women</source>
        <translation>Hombres por cada 100 mujeres</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The checks flag this sex ratio as unusual (see the findings).</source>
        <translation>Las validaciones señalan este índice de masculinidad como inusual (vea los hallazgos).</translation>
    </message>
</context>
<context>
    <name>WomenView</name>
    <message>
        <location line="+190"/>
        <source>Women and men by country of birth (T01)</source>
        <translation>Mujeres y hombres por país de nacimiento (T01)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity status of foreign-born women and men (T07)</source>
        <translation>Condición de actividad de las mujeres y los hombres nacidos en el extranjero (T07)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation of employed foreign-born women and men (T09)</source>
        <translation>Ocupación de las mujeres y los hombres ocupados nacidos en el extranjero (T09)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the tables…</source>
        <translation>Leyendo los cuadros…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project has no table by country of birth and sex yet (T01).</source>
        <translation>El proyecto todavía no tiene un cuadro por país de nacimiento y sexo (T01).</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Women are {share} % of the people born abroad whose country of birth is known ({women} of {total}); {ratio} men per 100 women.</source>
        <translation>Las mujeres son el {share} % de las personas nacidas en el extranjero cuyo país de nacimiento se conoce ({women} de {total}); {ratio} hombres por cada 100 mujeres.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The project has no table by activity status (T07): import it to see how many foreign-born women are employed, unemployed or inactive.</source>
        <translation>El proyecto no tiene un cuadro por condición de actividad (T07): impórtelo para ver cuántas mujeres nacidas en el extranjero están ocupadas, desocupadas o inactivas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project has no table by occupation (T09): import it to see the occupations of employed foreign-born women.</source>
        <translation>El proyecto no tiene un cuadro por ocupación (T09): impórtelo para ver las ocupaciones de las mujeres ocupadas nacidas en el extranjero.</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <location filename="../../app/ui/workshop_dialog.py" line="+115"/>
        <location line="+1"/>
        <source>Workshop exercises</source>
        <translation>Ejercicios del taller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practise each step on the census of a fictional country. Each exercise opens its own project; its checklist beside the pages ticks itself as you work.</source>
        <translation>Practique cada paso con el censo de un país ficticio. Cada ejercicio abre su propio proyecto; su lista de verificación, junto a las páginas, se marca sola a medida que trabaja.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your work is kept in {folder}</source>
        <translation>Su trabajo se guarda en {folder}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change folder…</source>
        <translation>Cambiar carpeta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start over…</source>
        <translation>Empezar de nuevo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export progress…</source>
        <translation>Exportar el avance…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Folder of the workshop exercises</source>
        <translation>Carpeta de los ejercicios del taller</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Preparing “{title}”</source>
        <translation>Preparando «{title}»</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+5"/>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Start “{title}” over? Everything done in this exercise is lost.</source>
        <translation>¿Empezar «{title}» de nuevo? Se perderá todo lo hecho en este ejercicio.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Starting over</source>
        <translation>Empezando de nuevo</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Writing the progress report</source>
        <translation>Generando el informe de avance</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Progress written to {json} and {csv}.</source>
        <translation>Avance guardado en {json} y {csv}.</translation>
    </message>
</context>
<context>
    <name>WorkshopDock</name>
    <message>
        <location filename="../../app/ui/workshop_panel.py" line="+362"/>
        <source>Workshop &amp;checklist</source>
        <translation>&amp;Lista de verificación del taller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop exercise</source>
        <translation>Ejercicio del taller</translation>
    </message>
</context>
<context>
    <name>WorkshopPanel</name>
    <message>
        <location line="-150"/>
        <source>Exercise complete: well done!</source>
        <translation>Ejercicio completado: ¡muy bien!</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checklist: one more item done.</source>
        <translation>Lista de verificación: un punto más cumplido.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>{done} of {total} done</source>
        <translation>{done} de {total} cumplidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking your project…</source>
        <translation>Revisando su proyecto…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checklist</source>
        <translation>Lista de verificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every item is done: this exercise is complete. Open the next one from “Exercises…”.</source>
        <translation>Todos los puntos están cumplidos: este ejercicio está completo. Abra el siguiente desde «Ejercicios…».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check again</source>
        <translation>Revisar de nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The list also updates by itself after each change</source>
        <translation>La lista también se actualiza sola después de cada cambio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercises…</source>
        <translation>Ejercicios…</translation>
    </message>
</context>
<context>
    <name>_JobLink</name>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="+186"/>
        <source>Cancelled: nothing was read. Change a setting or go back to try again.</source>
        <translation>Cancelado: no se leyó nada. Cambie alguna opción o vuelva atrás para intentarlo de nuevo.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/ui/welcome.py" line="+41"/>
        <source>The demo project is not available in this installation.</source>
        <translation>El proyecto de demostración no está disponible en esta instalación.</translation>
    </message>
</context>
</TS>
