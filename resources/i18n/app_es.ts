<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
    <name>CheckPage</name>
    <message>
        <location filename="../../app/ui/pages/check_page.py" line="+65"/>
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
        <location line="+55"/>
        <source>Running checks</source>
        <translation>Ejecutando validaciones</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Checking…</source>
        <translation>Validando…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The checks run when the data change.</source>
        <translation>Las validaciones se ejecutan cuando cambian los datos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} errors</source>
        <translation>{n} errores</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 error</source>
        <translation>1 error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} warnings</source>
        <translation>{n} advertencias</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 warning</source>
        <translation>1 advertencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} notes</source>
        <translation>{n} notas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 note</source>
        <translation>1 nota</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{summary} · checked at {time}</source>
        <translation>{summary} · validado a las {time}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The checks are not available in this version yet.</source>
        <translation>Las validaciones aún no están disponibles en esta versión.</translation>
    </message>
    <message>
        <location line="+2"/>
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
    <message>
        <location line="+17"/>
        <source>Cells: {cells}</source>
        <translation>Celdas: {cells}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="+40"/>
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
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export even if some warnings are not explained yet (this is recorded)</source>
        <translation>Exportar aunque haya advertencias sin explicar (queda registrado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export package</source>
        <translation>Exportar paquete</translation>
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
        <source>No package written yet.</source>
        <translation>Todavía no se ha generado ningún paquete.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Export is not available in this version yet.</source>
        <translation>La exportación aún no está disponible en esta versión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 error must be corrected before the export (see the Check page).</source>
        <translation>Hay 1 error que debe corregirse antes de exportar (vea la página Validar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} errors must be corrected before the export (see the Check page).</source>
        <translation>Hay {n} errores que deben corregirse antes de exportar (vea la página Validar).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Output folder</source>
        <translation>Carpeta de destino</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Writing the package</source>
        <translation>Generando el paquete</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the package…</source>
        <translation>Generando el paquete…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Written: {name} — &lt;a href=&quot;{url}&quot;&gt;open folder&lt;/a&gt;</source>
        <translation>Generado: {name} — &lt;a href=&quot;{url}&quot;&gt;abrir carpeta&lt;/a&gt;</translation>
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
    <name>FindingsModel</name>
    <message>
        <location line="-90"/>
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
    <name>ImportPage</name>
    <message>
        <location filename="../../app/ui/pages/import_page.py" line="+58"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+30"/>
        <source>Import census tables</source>
        <translation>Importar cuadros censales</translation>
    </message>
    <message>
        <location line="-27"/>
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
        <source>or drop files onto this window: CSV, Excel (XLSX, XLS), OpenDocument (ODS), SPSS (SAV), Stata (DTA).</source>
        <translation>o arrastre archivos a esta ventana: CSV, Excel (XLSX, XLS), OpenDocument (ODS), SPSS (SAV), Stata (DTA).</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+19"/>
        <source>Census tables ({patterns});;All files (*)</source>
        <translation>Cuadros censales ({patterns});;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{file}: observations written to {tables}.</source>
        <translation>{file}: observaciones guardadas en {tables}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is stored in the project; no observations were written yet.</source>
        <translation>{file} quedó guardado en el proyecto; todavía no se registraron observaciones.</translation>
    </message>
    <message>
        <location line="+4"/>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="+365"/>
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
        <location line="+17"/>
        <source>No recent projects</source>
        <translation>No hay proyectos recientes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Project: {path}</source>
        <translation>Proyecto: {path}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;h3&gt;IMILA Desk {version}&lt;/h3&gt;&lt;p&gt;Prepare census tables on international migration for the IMILA data bank of CELADE, the Population Division of ECLAC.&lt;/p&gt;&lt;p&gt;IMILA schema version {schema}.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;IMILA Desk {version}&lt;/h3&gt;&lt;p&gt;Preparación de cuadros censales sobre migración internacional para el banco de datos IMILA del CELADE-División de Población de la CEPAL.&lt;/p&gt;&lt;p&gt;Versión del esquema IMILA: {schema}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About IMILA Desk</source>
        <translation>Acerca de IMILA Desk</translation>
    </message>
    <message>
        <location line="+104"/>
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
    <name>MapPage</name>
    <message>
        <location filename="../../app/ui/pages/map_page.py" line="+31"/>
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
        <source>No mappings yet.
Import a table to create its mapping.</source>
        <translation>Todavía no hay correspondencias.
Importe un cuadro para crear su correspondencia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a mapping to review it; the mapping editor opens on this page.</source>
        <translation>Seleccione una correspondencia para revisarla; el editor de correspondencias se abre en esta página.</translation>
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
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="+49"/>
        <location line="+33"/>
        <source>New project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <location line="-32"/>
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
        <location line="+28"/>
        <source>IMILA projects (*.imila)</source>
        <translation>Proyectos IMILA (*.imila)</translation>
    </message>
    <message>
        <location line="+22"/>
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
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="+198"/>
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
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location line="+126"/>
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
        <location filename="../../app/ui/main_window.py" line="-488"/>
        <source>Prepare your census tables on international migration for CELADE&apos;s IMILA data bank: import, map, check and export.</source>
        <translation>Prepare sus cuadros censales sobre migración internacional para el banco de datos IMILA del CELADE: importe, asigne códigos, valide y exporte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New project…</source>
        <translation>Nuevo proyecto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open project…</source>
        <translation>Abrir proyecto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent projects</source>
        <translation>Proyectos recientes</translation>
    </message>
</context>
</TS>
