<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../app/ui/models.py" line="+380"/>
        <source>When</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Detalhes</translation>
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
        <translation>Validar a qualidade dos dados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Errors block the export; warnings need a written explanation that travels with the package; notes are for information.</source>
        <translation>Os erros impedem a exportação; os avisos exigem uma explicação por escrito que acompanha o pacote; as notas são informativas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run checks</source>
        <translation>Executar validações</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Running checks</source>
        <translation>Executando validações</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Checking…</source>
        <translation>Validando…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The checks run when the data change.</source>
        <translation>As validações são executadas quando os dados mudam.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} errors</source>
        <translation>{n} erros</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 error</source>
        <translation>1 erro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} warnings</source>
        <translation>{n} avisos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 warning</source>
        <translation>1 aviso</translation>
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
        <translation>{summary} · validado às {time}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The checks are not available in this version yet.</source>
        <translation>As validações ainda não estão disponíveis nesta versão.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running the checks…</source>
        <translation>Executando as validações…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The checks have not run yet.</source>
        <translation>As validações ainda não foram executadas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No findings: the data pass every check.</source>
        <translation>Nenhuma ocorrência: os dados passam em todas as validações.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cells: {cells}</source>
        <translation>Células: {cells}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="+40"/>
        <source>Unexpected error</source>
        <translation>Erro inesperado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IMILA Desk ran into a problem it did not expect.</source>
        <translation>O IMILA Desk encontrou um problema inesperado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your project is safe: every change is saved in the project file as soon as it is made, and the action that failed was undone.</source>
        <translation>Seu projeto está seguro: cada alteração é salva no arquivo do projeto assim que é feita, e a ação que falhou foi desfeita.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The details were written to {path}.</source>
        <translation>Os detalhes foram gravados em {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please send them to your support contact.</source>
        <translation>Envie-os ao seu contato de suporte técnico.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copy details</source>
        <translation>Copiar detalhes</translation>
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
        <translation>Exportar o pacote de envio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With no open errors, write the package for CELADE: data, metadata, quality report and mappings, with checksums.</source>
        <translation>Sem erros pendentes, gere o pacote para o CELADE: dados, metadados, relatório de qualidade e mapeamentos, com somas de verificação.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Output folder:</source>
        <translation>Pasta de destino:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels in:</source>
        <translation>Rótulos em:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export even if some warnings are not explained yet (this is recorded)</source>
        <translation>Exportar mesmo com avisos ainda sem explicação (fica registrado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export package</source>
        <translation>Exportar pacote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packages written</source>
        <translation>Pacotes gerados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify package…</source>
        <translation>Verificar pacote…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No package written yet.</source>
        <translation>Nenhum pacote foi gerado ainda.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Export is not available in this version yet.</source>
        <translation>A exportação ainda não está disponível nesta versão.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 error must be corrected before the export (see the Check page).</source>
        <translation>Há 1 erro que deve ser corrigido antes da exportação (veja a página Validar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} errors must be corrected before the export (see the Check page).</source>
        <translation>Há {n} erros que devem ser corrigidos antes da exportação (veja a página Validar).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Output folder</source>
        <translation>Pasta de destino</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Writing the package</source>
        <translation>Gerando o pacote</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the package…</source>
        <translation>Gerando o pacote…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Written: {name} — &lt;a href=&quot;{url}&quot;&gt;open folder&lt;/a&gt;</source>
        <translation>Gerado: {name} — &lt;a href=&quot;{url}&quot;&gt;abrir pasta&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>ExportsModel</name>
    <message>
        <location filename="../../app/ui/models.py" line="-9"/>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Package</source>
        <translation>Pacote</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Written</source>
        <translation>Gerado</translation>
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
        <translation>Gravidade</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>Regra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cells</source>
        <translation>Células</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Aviso</translation>
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
        <translation>Importar tabelas do censo</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Add the tables your office publishes. Each file is stored in the project unchanged, with its checksum.</source>
        <translation>Adicione as tabelas que o seu instituto publica. Cada arquivo é guardado sem alterações no projeto, com sua soma de verificação.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import file…</source>
        <translation>Importar arquivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or drop files onto this window: CSV, Excel (XLSX, XLS), OpenDocument (ODS), SPSS (SAV), Stata (DTA).</source>
        <translation>ou arraste arquivos para esta janela: CSV, Excel (XLSX, XLS), OpenDocument (ODS), SPSS (SAV), Stata (DTA).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source files</source>
        <translation>Arquivos de origem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No files imported yet.
Use “Import file…” or drop a file here.</source>
        <translation>Nenhum arquivo foi importado ainda.
Use “Importar arquivo…” ou arraste um arquivo para cá.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last import</source>
        <translation>Última importação</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Census tables ({patterns});;All files (*)</source>
        <translation>Tabelas do censo ({patterns});;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{file}: observations written to {tables}.</source>
        <translation>{file}: observações gravadas em {tables}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is stored in the project; no observations were written yet.</source>
        <translation>{file} foi guardado no projeto; nenhuma observação foi gravada ainda.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The IMILA table of {file} was not recognised: choose it on the Map page.</source>
        <translation>A tabela IMILA de {file} não foi reconhecida: escolha-a na página Mapear.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} labels have no IMILA code yet: complete the mapping on the Map page.</source>
        <translation>{count} rótulos ainda não têm código IMILA: complete o mapeamento na página Mapear.</translation>
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
        <translation>Interromper esta tarefa; o projeto fica como estava</translation>
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
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New project…</source>
        <translation>&amp;Novo projeto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>A&amp;brir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;recente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;as…</source>
        <translation>Salvar &amp;como…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import file…</source>
        <translation>&amp;Importar arquivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify package…</source>
        <translation>&amp;Verificar pacote…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About IMILA Desk</source>
        <translation>&amp;Sobre o IMILA Desk</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No recent projects</source>
        <translation>Nenhum projeto recente</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Project: {path}</source>
        <translation>Projeto: {path}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;h3&gt;IMILA Desk {version}&lt;/h3&gt;&lt;p&gt;Prepare census tables on international migration for the IMILA data bank of CELADE, the Population Division of ECLAC.&lt;/p&gt;&lt;p&gt;IMILA schema version {schema}.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;IMILA Desk {version}&lt;/h3&gt;&lt;p&gt;Preparação de tabelas censitárias sobre migração internacional para o banco de dados IMILA do CELADE-Divisão de População da CEPAL.&lt;/p&gt;&lt;p&gt;Versão do esquema IMILA: {schema}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About IMILA Desk</source>
        <translation>Sobre o IMILA Desk</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Open project</source>
        <translation>Abrir projeto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMILA projects (*.imila);;All files (*)</source>
        <translation>Projetos IMILA (*.imila);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save project as</source>
        <translation>Salvar projeto como</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMILA projects (*.imila)</source>
        <translation>Projetos IMILA (*.imila)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Please wait: another task is running.</source>
        <translation>Aguarde: outra tarefa está em andamento.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>This version can only import long CSV files of IMILA codes; {file} was not imported.</source>
        <translation>Esta versão só importa arquivos CSV em formato longo com códigos IMILA; {file} não foi importado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing {file}</source>
        <translation>Importando {file}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Verify package</source>
        <translation>Verificar pacote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMILA packages (*.zip)</source>
        <translation>Pacotes IMILA (*.zip)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Package verification is not available in this version yet.</source>
        <translation>A verificação de pacotes ainda não está disponível nesta versão.</translation>
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
        <translation>Mapear para os códigos IMILA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bind each dimension and label of your tables to the IMILA code lists. A mapping replays on the next file of the same shape.</source>
        <translation>Vincule cada variável e cada rótulo das suas tabelas às classificações IMILA. Um mapeamento é reaplicado ao próximo arquivo com a mesma estrutura.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No mappings yet.
Import a table to create its mapping.</source>
        <translation>Ainda não há mapeamentos.
Importe uma tabela para criar o seu mapeamento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a mapping to review it; the mapping editor opens on this page.</source>
        <translation>Selecione um mapeamento para revisá-lo; o editor de mapeamentos abre nesta página.</translation>
    </message>
</context>
<context>
    <name>MappingsModel</name>
    <message>
        <location filename="../../app/ui/models.py" line="+120"/>
        <source>Mapping</source>
        <translation>Mapeamento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IMILA table</source>
        <translation>Tabela IMILA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source file</source>
        <translation>Arquivo de origem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Criado</translation>
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
        <translation>Novo projeto</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>A project holds one census submission: its tables, mappings, checks and exports, all in one file.</source>
        <translation>Um projeto contém um envio censitário: suas tabelas, mapeamentos, validações e exportações, tudo em um único arquivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Census year:</source>
        <translation>Ano do censo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project file:</source>
        <translation>Arquivo do projeto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>IMILA projects (*.imila)</source>
        <translation>Projetos IMILA (*.imila)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose the country of the census.</source>
        <translation>Escolha o país do censo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose where to save the project file.</source>
        <translation>Escolha onde salvar o arquivo do projeto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file with this name already exists. Choose another name: an existing project is never overwritten.</source>
        <translation>Já existe um arquivo com esse nome. Escolha outro nome: um projeto existente nunca é sobrescrito.</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="+198"/>
        <location line="+3"/>
        <source>Project</source>
        <translation>Projeto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Describe the census and the submission. CELADE receives these details with the data.</source>
        <translation>Descreva o censo e o envio. O CELADE recebe estas informações junto com os dados.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save changes</source>
        <translation>Salvar alterações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>Descartar alterações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Census</source>
        <translation>Censo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submission</source>
        <translation>Envio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Census name:</source>
        <translation>Nome do censo:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Census year:</source>
        <translation>Ano do censo:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference date:</source>
        <translation>Data de referência:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Census round:</source>
        <translation>Rodada censitária:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enumeration basis:</source>
        <translation>Tipo de recenseamento:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source type:</source>
        <translation>Tipo de fonte:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Statistics office:</source>
        <translation>Instituto de estatística:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact person:</source>
        <translation>Pessoa de contato:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact email:</source>
        <translation>E-mail de contato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submission version:</source>
        <translation>Versão do envio:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Submission language:</source>
        <translation>Idioma do envio:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2020</source>
        <translation>p. ex., 2020</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Instituto Nacional de Estadísticas</source>
        <translation>p. ex., Instituto Brasileiro de Geografia e Estatística</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@institute.org</source>
        <translation>nome@instituto.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De jure (usual residents)</source>
        <translation>De direito (residentes habituais)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De facto (persons present)</source>
        <translation>De fato (pessoas presentes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full count</source>
        <translation>Contagem completa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample (weighted)</source>
        <translation>Amostra (ponderada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National definitions</source>
        <translation>Definições nacionais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the census differs from the IMILA code lists (for example, a different definition of a category), say how.</source>
        <translation>Se o censo difere das classificações IMILA (por exemplo, uma categoria definida de outra forma), explique em quê.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Universe notes</source>
        <translation>Notas sobre o universo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For each table, who is counted when it differs from the standard universe (for example, a lower age limit of 10 instead of 15).</source>
        <translation>Para cada tabela, quem é incluído quando difere do universo padrão (por exemplo, uma idade mínima de 10 anos em vez de 15).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Table</source>
        <translation>Tabela</translation>
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
        <translation>Atividade</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>The contact email does not look like an address (name@institute.org).</source>
        <translation>O e-mail de contato não parece um endereço válido (nome@instituto.org).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the reference date as YYYY-MM-DD.</source>
        <translation>Escreva a data de referência como AAAA-MM-DD.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All changes saved</source>
        <translation>Todas as alterações foram salvas</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <location filename="../../app/ui/models.py" line="-172"/>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Tamanho</translation>
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
        <translation>Observações</translation>
    </message>
</context>
<context>
    <name>VerifyReportDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="+12"/>
        <source>Package verification</source>
        <translation>Verificação do pacote</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The package {name} is valid: its checksums match and its data pass the checks.</source>
        <translation>O pacote {name} é válido: suas somas de verificação conferem e seus dados passam nas validações.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The package {name} is not acceptable. Problems found:</source>
        <translation>O pacote {name} não é aceitável. Problemas encontrados:</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="-488"/>
        <source>Prepare your census tables on international migration for CELADE&apos;s IMILA data bank: import, map, check and export.</source>
        <translation>Prepare suas tabelas censitárias sobre migração internacional para o banco de dados IMILA do CELADE: importe, mapeie, valide e exporte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New project…</source>
        <translation>Novo projeto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open project…</source>
        <translation>Abrir projeto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent projects</source>
        <translation>Projetos recentes</translation>
    </message>
</context>
</TS>
