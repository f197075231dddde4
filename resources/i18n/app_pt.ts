<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="+140"/>
        <source>About IMILA Desk</source>
        <translation>Sobre o IMILA Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare census tables on international migration for the IMILA data bank of CELADE, the Population Division of ECLAC.</source>
        <translation>Prepare tabelas censitárias sobre migração internacional para o banco de dados IMILA do CELADE, Divisão de População da CEPAL.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version:</source>
        <translation>Versão:</translation>
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
        <translation>Licença:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Components and their licences</source>
        <translation>Componentes e suas licenças</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the installed versions…</source>
        <translation>Lendo as versões instaladas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hover over a component to read its notice.</source>
        <translation>Passe o ponteiro sobre um componente para ler o aviso legal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the versions and licences, for a support request</source>
        <translation>Copiar as versões e as licenças, para um pedido de suporte</translation>
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
        <translation>Ainda não há uma tabela por período de chegada (T04).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Foreign-born population by period of arrival</source>
        <translation>População nascida no exterior por período de chegada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period of arrival</source>
        <translation>Período de chegada</translation>
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
    <name>BankWindow</name>
    <message>
        <location filename="../../app/ui/bank_window.py" line="+132"/>
        <source>IMILA data bank</source>
        <translation>Banco de dados IMILA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open or create bank…</source>
        <translation>Abrir ou criar banco…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add packages…</source>
        <translation>Adicionar pacotes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packages</source>
        <translation>Pacotes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emigrants of a country</source>
        <translation>Emigrantes de um país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin × destination</source>
        <translation>Origem × destino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Across rounds</source>
        <translation>Entre rodadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country of birth:</source>
        <translation>País de nascimento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Round:</source>
        <translation>Rodada:</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>By:</source>
        <translation>Por:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destination only</source>
        <translation>só destino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sex</source>
        <translation>sexo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sex and age</source>
        <translation>sexo e idade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>period of arrival</source>
        <translation>período de chegada</translation>
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
        <translation>Pirâmide populacional</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Matrix</source>
        <translation>Matriz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line chart</source>
        <translation>Gráfico de linhas</translation>
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
        <translation>Nenhum banco aberto</translation>
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
        <translation>Abrir ou criar banco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMILA data bank (*.imilabank)</source>
        <translation>Banco de dados IMILA (*.imilabank)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add packages</source>
        <translation>Adicionar pacotes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Packages (*.zip)</source>
        <translation>Pacotes (*.zip)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Package refused, the bank is unchanged</source>
        <translation>Pacote recusado, o banco não mudou</translation>
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
        <translation>Nome</translation>
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
        <translation>Rodada</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Tables</source>
        <translation>Tabelas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loaded</source>
        <translation>Carregado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Findings</source>
        <translation>Achados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Explanations</source>
        <translation>Explicações</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>published</source>
        <translation>publicada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sum of parts</source>
        <translation>soma das partes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Women</source>
        <translation>Mulheres</translation>
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
        <translation>País de nascimento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>M49</source>
        <translation>M49</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women %</source>
        <translation>% mulheres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sex ratio</source>
        <translation>Razão de sexo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Variação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding</source>
        <translation>Achado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Age</source>
        <translation>Idade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period of arrival</source>
        <translation>Período de chegada</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Round {round}: {value} persons, {women} women, {n} destinations</source>
        <translation>Rodada {round}: {value} pessoas, {women} mulheres, {n} destinos</translation>
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
        <translation>Somar (não existe no IMILA)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out</source>
        <translation>Deixar de fora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not bound</source>
        <translation>Não vinculada</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+28"/>
        <source>Sum every label</source>
        <translation>Somar todos os rótulos</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Source dimension</source>
        <translation>Variável de origem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IMILA dimension</source>
        <translation>Variável IMILA</translation>
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
            <numerusform>%Ln rótulo: {labels}</numerusform>
            <numerusform>%Ln rótulos: {labels}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The published total of this dimension is kept; the other labels are left out. Without one, every label is added up.</source>
        <translation>O total publicado desta variável é mantido e os demais rótulos ficam de fora. Sem total publicado, todos os rótulos são somados.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Total of “{dimension}”</source>
        <translation>Total de “{dimension}”</translation>
    </message>
</context>
<context>
    <name>CellsPivotModel</name>
    <message>
        <location filename="../../app/ui/cells_view.py" line="+127"/>
        <source>The table has no such cell.</source>
        <translation>A tabela não tem essa célula.</translation>
    </message>
</context>
<context>
    <name>CellsView</name>
    <message>
        <location line="+177"/>
        <source>Where the highlighted cells come from</source>
        <translation>De onde vêm as células destacadas</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+39"/>
        <source>Select a finding to see its cells.</source>
        <translation>Selecione uma ocorrência para ver suas células.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Source file: {file}</source>
        <translation>Arquivo de origem: {file}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cells</source>
        <translation>Células</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+90"/>
        <source>Table {table}</source>
        <translation>Tabela {table}</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>{rows} down, {columns} across</source>
        <translation>{rows} nas linhas, {columns} nas colunas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only {cells}</source>
        <translation>somente {cells}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This finding concerns the whole table: it names no particular cells.</source>
        <translation>Esta ocorrência se refere à tabela inteira: não aponta células específicas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the table…</source>
        <translation>Lendo a tabela…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This table is not part of the IMILA schema.</source>
        <translation>Esta tabela não faz parte do esquema IMILA.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cells could not be read: {error}</source>
        <translation>Não foi possível ler as células: {error}</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../app/ui/charts.py" line="-203"/>
        <source>Save as PNG…</source>
        <translation>Salvar como PNG…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Save chart as PNG</source>
        <translation>Salvar o gráfico como PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save chart</source>
        <translation>Salvar gráfico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chart could not be saved to {path}. Choose another folder.</source>
        <translation>Não foi possível salvar o gráfico em {path}. Escolha outra pasta.</translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message>
        <location line="+183"/>
        <source>Population pyramid</source>
        <translation>Pirâmide etária</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries of birth</source>
        <translation>Países de nascimento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrivals</source>
        <translation>Chegadas</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reading the tables…</source>
        <translation>Lendo as tabelas…</translation>
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
        <location line="+1"/>
        <source>Open quality report</source>
        <translation>Abrir relatório de qualidade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report that goes into the package, as the data stand now</source>
        <translation>O relatório que vai no pacote, com os dados como estão agora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Ocorrências</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women in migration</source>
        <translation>Mulheres na migração</translation>
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
        <translation>Todas as ocorrências</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Errors</source>
        <translation>Erros</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Table:</source>
        <translation>Tabela:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tables</source>
        <translation>Todas as tabelas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explanation</source>
        <translation>Explicação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why are these figures right as they are? For example: the census published them this way, and the difference comes from…</source>
        <translation>Por que estes números estão corretos como estão? Por exemplo: o censo os publicou assim e a diferença vem de…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author:</source>
        <translation>Autor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record this explanation; it travels with the package</source>
        <translation>Registrar esta explicação; ela acompanha o pacote</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Running checks</source>
        <translation>Executando validações</translation>
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
            <numerusform>%n erro</numerusform>
            <numerusform>%n erros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n aviso</numerusform>
            <numerusform>%n avisos</numerusform>
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
            <numerusform>(%n explicado)</numerusform>
            <numerusform>(%n explicados)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{summary} · from the last run; the checks run again when the data change.</source>
        <translation>{summary} · da última execução; as validações são executadas novamente quando os dados mudam.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The checks run when the data change.</source>
        <translation>As validações são executadas quando os dados mudam.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No finding matches this filter.</source>
        <translation>Nenhuma ocorrência corresponde a este filtro.</translation>
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
        <translation>Diferença</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men</source>
        <translation>Homens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Women</source>
        <translation>Mulheres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Persons</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex ratio</source>
        <translation>Razão de sexo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cells</source>
        <translation>Células</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>History ({n})…</source>
        <translation>Histórico ({n})…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Errors cannot be explained: correct the table or its mapping.</source>
        <translation>Os erros não podem ser explicados: corrija a tabela ou seu mapeamento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes need no explanation.</source>
        <translation>As notas não exigem explicação.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explained by {author} on {when}.</source>
        <translation>Explicado por {author} em {when}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not explained yet: write why the figures are right as they are.</source>
        <translation>Ainda não explicado: escreva por que os números estão corretos como estão.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Explanation saved.</source>
        <translation>Explicação salva.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Writing the quality report</source>
        <translation>Gerando o relatório de qualidade</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>{summary} · checked at {time}</source>
        <translation>{summary} · validado às {time}</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Also known as</source>
        <translation>Também conhecido como</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sub-region</source>
        <translation>Sub-região</translation>
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
        <translation>Outros de uma região</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Born in the country</source>
        <translation>Nascido no país</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not stated</source>
        <translation>Não declarado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave out</source>
        <translation>Deixar de fora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>National subtotal</source>
        <translation>Subtotal nacional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typed code</source>
        <translation>Código digitado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave this label out of the table</source>
        <translation>Deixar este rótulo fora da tabela</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>National subtotal “{name}” (checked, not exported)</source>
        <translation>Subtotal nacional “{name}” (validado, não exportado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the code {code}</source>
        <translation>Usar o código {code}</translation>
    </message>
</context>
<context>
    <name>CodePickerDialog</name>
    <message>
        <location filename="../../app/ui/code_picker.py" line="+93"/>
        <source>Choose a code</source>
        <translation>Escolher um código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code for “{label}”</source>
        <translation>Código para “{label}”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no code yet</source>
        <translation>ainda sem código</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left out</source>
        <translation>deixado de fora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{dimension} ({id}) · now: {current}</source>
        <translation>{dimension} ({id}) · atual: {current}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a code, a name or another name it is known by</source>
        <translation>Digite um código, um nome ou outro nome pelo qual é conhecido</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Codes shown: {count}</source>
        <translation>Códigos exibidos: {count}</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="+1298"/>
        <source>Import into the project</source>
        <translation>Importar para o projeto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has been stored yet. Click Import to add the file to the project.</source>
        <translation>Nada foi guardado ainda. Clique em Importar para adicionar o arquivo ao projeto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>Arquivo:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sheets:</source>
        <translation>Planilhas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading:</source>
        <translation>Leitura:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Corrections:</source>
        <translation>Correções:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project:</source>
        <translation>Projeto:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is stored in the project unchanged, with its checksum and these settings, so that it can be read again and re-imported when a corrected edition is published. Each checked sheet becomes a source.</source>
        <translation>O arquivo é guardado sem alterações no projeto, com sua soma de verificação e estas configurações, para que possa ser lido de novo e reimportado quando uma edição corrigida for publicada. Cada planilha marcada se torna uma fonte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map to the IMILA tables right away when every label has a confident code (otherwise the file waits on the Map page)</source>
        <translation>Mapear para as tabelas IMILA imediatamente se todos os rótulos tiverem um código confiável (caso contrário, o arquivo fica pendente na página Mapear)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the automatic mapping concludes</source>
        <translation>O que o mapeamento automático conclui</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>encoding</source>
        <translation>codificação</translation>
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
        <translation>separador de milhar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tab</source>
        <translation>tabulação</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>space</source>
        <translation>espaço</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as the workbook stores it</source>
        <translation>como a pasta de trabalho o armazena</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none, the detection is used as it is</source>
        <translation>nenhuma, a detecção é usada como está</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checking the words of the title and headers and the published totals…</source>
        <translation>Verificando as palavras do título e dos cabeçalhos e os totais publicados…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The automatic mapping could not be checked: {error}</source>
        <translation>Não foi possível verificar o mapeamento automático: {error}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Before writing, you will be asked about:</source>
        <translation>Antes de gravar, será perguntado sobre:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project already holds these cells; you will be asked whether to replace them:</source>
        <translation>O projeto já tem estas células; será perguntado se deseja substituí-las:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{table}: {cells} cells from “{source}”</source>
        <translation>{table}: {cells} células de «{source}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing will be written automatically; the file waits on the Map page.</source>
        <translation>Nada será gravado automaticamente; o arquivo fica pendente na página Mapear.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln label(s) to answer:</source>
        <translation>
            <numerusform>%Ln rótulo a responder:</numerusform>
            <numerusform>%Ln rótulos a responder:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="+48"/>
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
    <name>DestinationsCard</name>
    <message>
        <location filename="../../app/ui/bank_charts.py" line="+85"/>
        <source>Choose a country of birth and press Show.</source>
        <translation>Escolha um país de nascimento e clique em Mostrar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Men</source>
        <translation>Homens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women</source>
        <translation>Mulheres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} ({share} women)</source>
        <translation>{value} ({share} mulheres)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{country}: {value} persons, {men} men, {women} women ({share})</source>
        <translation>{country}: {value} pessoas, {men} homens, {women} mulheres ({share})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Emigrants of {country} by destination, round {round}</source>
        <translation>Emigrantes de {country} por destino, rodada {round}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persons born in {country} counted by the destination</source>
        <translation>Pessoas nascidas em {country} recenseadas no destino</translation>
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
        <translation>Todos os destinos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No destination publishes these emigrants by sex and age (T01).</source>
        <translation>Nenhum destino publica esses emigrantes por sexo e idade (T01).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Men: {n}</source>
        <translation>Homens: {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Women: {n}</source>
        <translation>Mulheres: {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{age}: {men} men, {women} women</source>
        <translation>{age}: {men} homens, {women} mulheres</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>all destinations</source>
        <translation>todos os destinos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emigrants of {country} by sex and age, round {round}, {where}: {total}</source>
        <translation>Emigrantes de {country} por sexo e idade, rodada {round}, {where}: {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age group</source>
        <translation>Grupo de idade</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Persons</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Age groups every destination publishes; the broadest are those of {names}.</source>
        <translation>Grupos de idade que todos os destinos publicam; os mais amplos são os de {names}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without a table by sex and age, not in the pyramid: {names}.</source>
        <translation>Sem tabela por sexo e idade, fora da pirâmide: {names}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Age not stated: {n}.</source>
        <translation>Idade não declarada: {n}.</translation>
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
        <translation>Concluído</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress: {done} of {total}</source>
        <translation>Em andamento: {done} de {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not started</source>
        <translation>Não iniciado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exercise</source>
        <translation>Exercício</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Duração</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Situação</translation>
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
        <translation>Histórico de explicações</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Written</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Explanation</source>
        <translation>Explicação</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In force</source>
        <translation>Em vigor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replaced</source>
        <translation>Substituída</translation>
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
        <source>Language of the labels in the spreadsheet and the quality report</source>
        <translation>Idioma dos rótulos na planilha e no relatório de qualidade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include the original source files</source>
        <translation>Incluir os arquivos de origem originais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The census tables as imported, unchanged, under sources/ in the package</source>
        <translation>As tabelas do censo como foram importadas, sem alterações, na pasta sources/ do pacote</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Quality report saved: {name} ({pages} pages)</source>
        <translation>Relatório de qualidade salvo: {name} ({pages} páginas)</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Written: {name}
in {folder}</source>
        <translation>Gerado: {name}
em {folder}</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>Export package</source>
        <translation>Exportar pacote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open folder</source>
        <translation>Abrir pasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the Check page</source>
        <translation>Ir para a página Validar</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Error</source>
        <translation>Erro</translation>
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
        <source>Save report as PDF…</source>
        <translation>Salvar o relatório em PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The quality report of the data as they stand now, printable, in the language of the labels</source>
        <translation>O relatório de qualidade dos dados tal como estão agora, para imprimir, no idioma dos rótulos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No package written yet.</source>
        <translation>Nenhum pacote foi gerado ainda.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>1 error must be corrected before the export (see the Check page).</source>
        <translation>Há 1 erro que deve ser corrigido antes da exportação (veja a página Validar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} errors must be corrected before the export (see the Check page).</source>
        <translation>Há {n} erros que devem ser corrigidos antes da exportação (veja a página Validar).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The package cannot be written while 1 error is open:</source>
        <translation>O pacote não pode ser gerado enquanto houver 1 erro pendente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The package cannot be written while {n} errors are open:</source>
        <translation>O pacote não pode ser gerado enquanto houver {n} erros pendentes:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Output folder</source>
        <translation>Pasta de destino</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+23"/>
        <source>Save report as PDF</source>
        <translation>Salvar o relatório em PDF</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the quality report</source>
        <translation>Gerando o relatório de qualidade</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the quality report…</source>
        <translation>Gerando o relatório de qualidade…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The report cannot be written to {path} ({error}). Choose another place.</source>
        <translation>Não é possível gravar o relatório em {path} ({error}). Escolha outro local.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The folder {folder} cannot be used ({error}). Choose another one.</source>
        <translation>A pasta {folder} não pode ser usada ({error}). Escolha outra.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the package</source>
        <translation>Gerando o pacote</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the package…</source>
        <translation>Gerando o pacote…</translation>
    </message>
</context>
<context>
    <name>ExportProgressDialog</name>
    <message>
        <location filename="../../app/ui/workshop_dialog.py" line="+58"/>
        <location line="+13"/>
        <source>Export progress</source>
        <translation>Exportar o progresso</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>A report of the exercises done, for the trainer: a JSON file and a CSV file beside it.</source>
        <translation>Um relatório dos exercícios feitos, para o instrutor: um arquivo JSON e, ao lado, um arquivo CSV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participant:</source>
        <translation>Participante:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>Arquivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Progress report (*.json)</source>
        <translation>Relatório de progresso (*.json)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write the participant&apos;s name.</source>
        <translation>Escreva o nome do participante.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose where to write the report.</source>
        <translation>Escolha onde salvar o relatório.</translation>
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
    <name>FilePage</name>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="-778"/>
        <source>Choose the file</source>
        <translation>Escolha o arquivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is read as your office published it; check what was detected and correct any guess.</source>
        <translation>O arquivo é lido como o seu instituto o publicou; confira o que foi detectado e corrija o que for preciso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose file…</source>
        <translation>Escolher arquivo…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose another file…</source>
        <translation>Escolher outro arquivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was detected</source>
        <translation>O que foi detectado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First rows as read</source>
        <translation>Primeiras linhas lidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:</source>
        <translation>Tamanho:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheets:</source>
        <translation>Planilhas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table:</source>
        <translation>Tabela:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding:</source>
        <translation>Codificação:</translation>
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
        <translation>Separador de milhar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbers are read as the workbook stores them; encoding and delimiter only apply to text files.</source>
        <translation>Os números são lidos como a pasta de trabalho os armazena; a codificação e o delimitador só se aplicam a arquivos de texto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can also drop a file onto this window. Formats: CSV and text, Excel (XLSX, XLSM, XLS), OpenDocument (ODS), SPSS (SAV), Stata (DTA), HTML.</source>
        <translation>Você também pode arrastar um arquivo para esta janela. Formatos: CSV e texto, Excel (XLSX, XLSM, XLS), OpenDocument (ODS), SPSS (SAV), Stata (DTA), HTML.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UTF-8 with signature (BOM)</source>
        <translation>UTF-8 com assinatura (BOM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows-1252 (Western Europe)</source>
        <translation>Windows-1252 (Europa Ocidental)</translation>
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
        <translation>Vírgula  ,</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Semicolon  ;</source>
        <translation>Ponto e vírgula  ;</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tab</source>
        <translation>Tabulação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertical bar  |</source>
        <translation>Barra vertical  |</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Space</source>
        <translation>Espaço</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Point  1234.5</source>
        <translation>Ponto  1234.5</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comma  1234,5</source>
        <translation>Vírgula  1234,5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None  1234567</source>
        <translation>Nenhum  1234567</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Point  1.234.567</source>
        <translation>Ponto  1.234.567</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comma  1,234,567</source>
        <translation>Vírgula  1,234,567</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space  1 234 567</source>
        <translation>Espaço  1 234 567</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apostrophe  1&apos;234&apos;567</source>
        <translation>Apóstrofo  1&apos;234&apos;567</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No file chosen yet.</source>
        <translation>Nenhum arquivo foi escolhido ainda.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delimited text</source>
        <translation>Texto delimitado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbook</source>
        <translation>Pasta de trabalho do Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel 97-2003 workbook</source>
        <translation>Pasta de trabalho do Excel 97-2003</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OpenDocument spreadsheet</source>
        <translation>Planilha OpenDocument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML tables</source>
        <translation>Tabelas HTML</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SPSS data file</source>
        <translation>Arquivo de dados SPSS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stata data file</source>
        <translation>Arquivo de dados Stata</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} (table found on “{sheet}”)</source>
        <translation>{count} (tabela encontrada em “{sheet}”)</translation>
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
        <translation>{size}, modificado em {date}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Detection confidence: {percent}</source>
        <translation>Confiança da detecção: {percent}</translation>
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
        <translation>Célula</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source cell</source>
        <translation>Célula de origem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source file</source>
        <translation>Arquivo de origem</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../app/ui/models.py" line="-90"/>
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
    <name>FindingsTreeModel</name>
    <message>
        <location filename="../../app/ui/pages/check_page.py" line="-181"/>
        <source>Blocks the export</source>
        <translation>Impede a exportação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explained</source>
        <translation>Explicado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To explain</source>
        <translation>A explicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For information</source>
        <translation>Informativo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Errors ({n})</source>
        <translation>Erros ({n})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warnings ({n})</source>
        <translation>Avisos ({n})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes ({n})</source>
        <translation>Notas ({n})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Whole project ({n})</source>
        <translation>Projeto inteiro ({n})</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Rule</source>
        <translation>Regra</translation>
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
        <location line="+0"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
</context>
<context>
    <name>HeldImportDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="+17"/>
        <source>Import of {file}</source>
        <translation>Importação de {file}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{file} does not look like a table of this project&apos;s census. Nothing has been written.</source>
        <translation>{file} não parece uma tabela do censo deste projeto. Nada foi gravado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import anyway</source>
        <translation>Importar mesmo assim</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project already holds some of these cells from another file. Nothing has been written: two sources are never merged.</source>
        <translation>O projeto já tem algumas destas células de outro arquivo. Nada foi gravado: duas fontes nunca se misturam.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{table}: {cells} cells from “{source}”</source>
        <translation>{table}: {cells} células de «{source}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the earlier table</source>
        <translation>Substituir a tabela anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New version (keep the earlier file)</source>
        <translation>Nova versão (manter o arquivo anterior)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep for the Map page</source>
        <translation>Guardar para a página Mapear</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“Keep for the Map page” stores the file without writing its cells, to map by hand.</source>
        <translation>«Guardar para a página Mapear» guarda o arquivo sem gravar suas células, para mapeá-lo à mão.</translation>
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
        <translation>Voltar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Help — {title}</source>
        <translation>Ajuda — {title}</translation>
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
        <translation>Importar tabelas do censo</translation>
    </message>
    <message>
        <location line="-39"/>
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
        <source>Tabulate microdata…</source>
        <translation>Tabular microdados…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tabulate the IMILA tables straight from the census person file (CSV, Parquet, SPSS, Stata)</source>
        <translation>Tabular as tabelas IMILA diretamente a partir do arquivo de pessoas do censo (CSV, Parquet, SPSS, Stata)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-import…</source>
        <translation>Reimportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a corrected edition of the selected file with the same settings and mapping; it replaces the file and its observations</source>
        <translation>Importar uma edição corrigida do arquivo selecionado com as mesmas configurações e o mesmo mapeamento; ela substitui o arquivo e suas observações</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>or drop files onto this window: CSV, Excel (XLSX, XLS), OpenDocument (ODS), SPSS (SAV), Stata (DTA), HTML.</source>
        <translation>ou arraste arquivos para esta janela: CSV, Excel (XLSX, XLS), OpenDocument (ODS), SPSS (SAV), Stata (DTA), HTML.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Corrected edition of {file}</source>
        <translation>Edição corrigida de {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same kind of file ({pattern});;All files (*)</source>
        <translation>Mesmo tipo de arquivo ({pattern});;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Re-importing {file}</source>
        <translation>Reimportando {file}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{file} was not re-imported: {count} of its labels are not in the mapping of the file it corrects. Nothing was changed. Import it with “Import file…” and complete its mapping on the Map page.</source>
        <translation>{file} não foi reimportado: {count} dos seus rótulos não estão no mapeamento do arquivo que ele corrige. Nada foi alterado. Importe-o com “Importar arquivo…” e complete o mapeamento na página Mapear.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Check the table and its codes on the Map page, then apply the mapping.</source>
        <translation>Revise a tabela e seus códigos na página Mapear e depois aplique o mapeamento.</translation>
    </message>
    <message>
        <location line="-171"/>
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
        <location line="+149"/>
        <source>{file}: observations written to {tables}.</source>
        <translation>{file}: observações gravadas em {tables}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} was not imported yet: it waits for your answer.</source>
        <translation>{file} ainda não foi importado: aguarda sua resposta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is stored in the project; no observations were written yet.</source>
        <translation>{file} foi guardado no projeto; nenhuma observação foi gravada ainda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It replaces the earlier edition of the file and the observations that came from it.</source>
        <translation>Ela substitui a edição anterior do arquivo e as observações que vieram dela.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was not written automatically, because:</source>
        <translation>Não foi gravado automaticamente, porque:</translation>
    </message>
    <message>
        <location line="+3"/>
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
    <name>ImportWizard</name>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="-643"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header</source>
        <translation>Cabeçalho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label columns</source>
        <translation>Colunas de rótulos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>Dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Totals</source>
        <translation>Totais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes and footer</source>
        <translation>Notas e rodapé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside the table</source>
        <translation>Fora da tabela</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Census tables ({patterns})</source>
        <translation>Tabelas do censo ({patterns})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.csv *.txt *.tsv)</source>
        <translation>Arquivos de texto (*.csv *.txt *.tsv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workbooks (*.xlsx *.xlsm *.xls *.ods)</source>
        <translation>Pastas de trabalho (*.xlsx *.xlsm *.xls *.ods)</translation>
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
        <translation>Páginas da web (*.html *.htm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+1365"/>
        <location line="+65"/>
        <source>Import a census table</source>
        <translation>Importar uma tabela do censo</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The file could not be read because of an unexpected error; the details were logged.</source>
        <translation>Não foi possível ler o arquivo por causa de um erro inesperado; os detalhes foram registrados.</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+198"/>
        <source>Reading {file}</source>
        <translation>Lendo {file}</translation>
    </message>
    <message>
        <location line="-151"/>
        <location line="+29"/>
        <source>Reading “{sheet}”</source>
        <translation>Lendo “{sheet}”</translation>
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
        <translation>Interromper esta tarefa; o projeto fica como estava</translation>
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
        <translation>Rótulo na fonte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IMILA code</source>
        <translation>Código IMILA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence</source>
        <translation>Confiança</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IMILA dimension</source>
        <translation>Variável IMILA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The label as the source publishes it</source>
        <translation>O rótulo como a fonte o publica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code and its name in IMILA</source>
        <translation>O código e seu nome no IMILA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How sure the suggestion is</source>
        <translation>Quão confiável é a sugestão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this code was suggested</source>
        <translation>Por que este código foi sugerido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accepted</source>
        <translation>Aceito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested with confidence: accept it</source>
        <translation>Sugerido com confiança: aceite-o</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To confirm: the suggestion is not certain</source>
        <translation>A confirmar: a sugestão não é certa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No code yet: choose one or leave the label out</source>
        <translation>Ainda sem código: escolha um ou deixe o rótulo de fora</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No code yet</source>
        <translation>Ainda sem código</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left out of this table</source>
        <translation>Fora desta tabela</translation>
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
        <translation>(em branco)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New label: the recipe did not know it.</source>
        <translation>Rótulo novo: a receita não o conhecia.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>National subtotal (checked for additivity, not exported): {text}</source>
        <translation>Subtotal nacional (validado quanto à soma, não exportado): {text}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{label} (from “{dimension}”)</source>
        <translation>{label} (de “{dimension}”)</translation>
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
        <translation>Versão</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>Licença</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copyright</source>
        <translation>Direitos autorais</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} (build only)</source>
        <translation>{name} (somente para compilação)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="+297"/>
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
        <source>IMILA data &amp;bank…</source>
        <translation>&amp;Banco de dados IMILA…</translation>
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
        <location line="+1"/>
        <source>Help &amp;contents</source>
        <translation>&amp;Conteúdo da ajuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guided &amp;tour</source>
        <translation>&amp;Tour guiado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Welcome page</source>
        <translation>Página de &amp;boas-vindas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Workshop exercises…</source>
        <translation>&amp;Exercícios da oficina…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No recent projects</source>
        <translation>Nenhum projeto recente</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Project: {path}</source>
        <translation>Projeto: {path}</translation>
    </message>
    <message>
        <location line="+143"/>
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
        <location line="+45"/>
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
    <name>MapOverviewModel</name>
    <message>
        <location filename="../../app/ui/mapping_models.py" line="-387"/>
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
        <source>Updated</source>
        <translation>Atualizado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Not mapped yet</source>
        <translation>Ainda não mapeado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The source file of this mapping is no longer in the project.</source>
        <translation>O arquivo de origem deste mapeamento não está mais no projeto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open this source to map it to an IMILA table.</source>
        <translation>Abra esta fonte para mapeá-la para uma tabela IMILA.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this mapping to review or change it.</source>
        <translation>Abra este mapeamento para revisá-lo ou alterá-lo.</translation>
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
        <translation>Mapear para os códigos IMILA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bind each dimension and label of your tables to the IMILA code lists. A mapping replays on the next file of the same shape.</source>
        <translation>Vincule cada variável e cada rótulo das suas tabelas às classificações IMILA. Um mapeamento é reaplicado ao próximo arquivo com a mesma estrutura.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sources and their mappings</source>
        <translation>Fontes e seus mapeamentos</translation>
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
        <translation>Ainda não há tabelas para mapear.
Importe uma tabela do censo: ela aparecerá aqui para ser mapeada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a row to open its mapping. A source can feed several IMILA tables: open it and choose another table.</source>
        <translation>Clique duas vezes em uma linha para abrir seu mapeamento. Uma fonte pode alimentar várias tabelas IMILA: abra-a e escolha outra tabela.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>← All sources</source>
        <translation>← Todas as fontes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the sources; what you changed here is kept until you apply it</source>
        <translation>Voltar às fontes; o que você alterou aqui fica guardado até ser aplicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipe</source>
        <translation>Receita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this mapping as a recipe file, or replay a recipe on this source</source>
        <translation>Salvar este mapeamento como arquivo de receita ou reaplicar uma receita nesta fonte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>Memória</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share the mapping memory: the codes confirmed before, suggested everywhere</source>
        <translation>Compartilhar a memória de mapeamentos: os códigos confirmados antes, sugeridos em toda parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save recipe…</source>
        <translation>Salvar receita…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply recipe…</source>
        <translation>Aplicar receita…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export mapping memory…</source>
        <translation>Exportar memória de mapeamentos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import mapping memory…</source>
        <translation>Importar memória de mapeamentos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMILA table:</source>
        <translation>Tabela IMILA:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The IMILA table this source feeds. A source can feed several tables: choose another one to add its mapping.</source>
        <translation>A tabela IMILA que esta fonte alimenta. Uma fonte pode alimentar várias tabelas: escolha outra para adicionar o mapeamento dela.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply mapping</source>
        <translation>Aplicar mapeamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels</source>
        <translation>Rótulos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter labels, codes or names</source>
        <translation>Filtrar rótulos, códigos ou nomes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only those to review</source>
        <translation>Somente os que precisam de revisão</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Accept all confident</source>
        <translation>Aceitar todos os confiáveis</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Accept every suggestion with a confidence of 90 % or more</source>
        <translation>Aceitar todas as sugestões com confiança de 90% ou mais</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Accept</source>
        <translation>Aceitar</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Accept the code of the selected labels (Space)</source>
        <translation>Aceitar o código dos rótulos selecionados (Espaço)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Change code…</source>
        <translation>Alterar código…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Choose another code for the selected labels (F2 or double-click)</source>
        <translation>Escolher outro código para os rótulos selecionados (F2 ou clique duplo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out</source>
        <translation>Deixar de fora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the selected labels out of this table (Delete)</source>
        <translation>Deixar os rótulos selecionados fora desta tabela (Delete)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave out of this table</source>
        <translation>Deixar fora desta tabela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the code</source>
        <translation>Remover o código</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dimensions</source>
        <translation>Variáveis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimension down the rows of the preview</source>
        <translation>Variável nas linhas da pré-visualização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimension across the columns of the preview</source>
        <translation>Variável nas colunas da pré-visualização</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo: {action} (Ctrl+Z)</source>
        <translation>Desfazer: {action} (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Desfazer (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo: {action} (Ctrl+Y)</source>
        <translation>Refazer: {action} (Ctrl+Y)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo (Ctrl+Y)</source>
        <translation>Refazer (Ctrl+Y)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The source file of this mapping is no longer in the project.</source>
        <translation>O arquivo de origem deste mapeamento não está mais no projeto.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading the source and suggesting codes…</source>
        <translation>Lendo a fonte e sugerindo códigos…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Suggesting codes for {table}…</source>
        <translation>Sugerindo códigos para {table}…</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Not written automatically, because:</source>
        <translation>Não foi gravado automaticamente, porque:</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… e mais %n.</numerusform>
            <numerusform>… e mais %n.</numerusform>
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
        <translation>ainda não mapeada</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot apply yet: the label {labels} has no code. Choose its code or leave it out of the table.</source>
        <translation>Ainda não é possível aplicar: o rótulo {labels} não tem código. Escolha o código ou deixe-o fora da tabela.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot apply yet: {count} labels have no code ({labels}). Choose their codes or leave them out of the table.</source>
        <translation>Ainda não é possível aplicar: {count} rótulos não têm código ({labels}). Escolha os códigos ou deixe-os fora da tabela.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Cannot apply yet: %n uncertain suggestion(s) need your decision ({labels}). Accept or change each of them.</source>
        <translation>
            <numerusform>Ainda não é possível aplicar: %n sugestão incerta precisa da sua decisão ({labels}). Aceite-a ou altere-a.</numerusform>
            <numerusform>Ainda não é possível aplicar: %n sugestões incertas precisam da sua decisão ({labels}). Aceite ou altere cada uma.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n suggested code(s) waiting for your review. Check them and click “Accept all confident”.</source>
        <translation>
            <numerusform>%n código sugerido aguarda sua revisão. Confira-o e clique em “Aceitar todos os confiáveis”.</numerusform>
            <numerusform>%n códigos sugeridos aguardam sua revisão. Confira-os e clique em “Aceitar todos os confiáveis”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%Ln label(s)</source>
        <translation>
            <numerusform>%Ln rótulo</numerusform>
            <numerusform>%Ln rótulos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln accepted</source>
        <comment>labels</comment>
        <translation>
            <numerusform>%Ln aceito</numerusform>
            <numerusform>%Ln aceitos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln to review</source>
        <comment>labels</comment>
        <translation>
            <numerusform>%Ln a revisar</numerusform>
            <numerusform>%Ln a revisar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln uncertain</source>
        <comment>labels</comment>
        <translation>
            <numerusform>%Ln incerto</numerusform>
            <numerusform>%Ln incertos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln without code</source>
        <comment>labels</comment>
        <translation>
            <numerusform>%Ln sem código</numerusform>
            <numerusform>%Ln sem código</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln new</source>
        <comment>labels</comment>
        <translation>
            <numerusform>%Ln novo</numerusform>
            <numerusform>%Ln novos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Total or aggregate?</source>
        <translation>Total ou agregado?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Residual: others of a region?</source>
        <translation>Residual: outros de uma região?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which country?</source>
        <translation>Qual país?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No code offered</source>
        <translation>Nenhum código proposto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not stated or another category?</source>
        <translation>Não declarado ou outra categoria?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Labels of every kind</source>
        <translation>Rótulos de todos os tipos</translation>
    </message>
    <message numerus="yes">
        <location line="+367"/>
        <source>%Ln observation(s) written to {table}.</source>
        <translation>
            <numerusform>%Ln observação gravada em {table}.</numerusform>
            <numerusform>%Ln observações gravadas em {table}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+106"/>
        <source>Recipe applied: %n new label(s) to review.</source>
        <translation>
            <numerusform>Receita aplicada: %n rótulo novo a revisar.</numerusform>
            <numerusform>Receita aplicada: %n rótulos novos a revisar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%Ln remembered code(s) exported to {path}.</source>
        <translation>
            <numerusform>%Ln código memorizado exportado para {path}.</numerusform>
            <numerusform>%Ln códigos memorizados exportados para {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%Ln code(s) added to your mapping memory; they are suggested from now on.</source>
        <translation>
            <numerusform>%Ln código adicionado à sua memória de mapeamentos; a partir de agora ele é sugerido.</numerusform>
            <numerusform>%Ln códigos adicionados à sua memória de mapeamentos; a partir de agora eles são sugeridos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-594"/>
        <source>Cannot apply yet: the source dimension “{name}” is not bound. Bind it to an IMILA dimension or sum over it.</source>
        <translation>Ainda não é possível aplicar: a variável de origem “{name}” não está vinculada. Vincule-a a uma variável IMILA ou some-a.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No IMILA table was recognised in this source: choose the table it feeds.</source>
        <translation>Nenhuma tabela IMILA foi reconhecida nesta fonte: escolha a tabela que ela alimenta.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Write the observations of {table} from this source</source>
        <translation>Gravar as observações de {table} a partir desta fonte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These codes are already applied; change a code to apply again.</source>
        <translation>Estes códigos já estão aplicados; altere um código para aplicar de novo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied: the observations of {table} in the project come from this mapping.</source>
        <translation>Aplicado: as observações de {table} no projeto vêm deste mapeamento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every label has a code. Apply the mapping to replace the observations of {table} from this source.</source>
        <translation>Todos os rótulos têm código. Aplique o mapeamento para substituir as observações de {table} vindas desta fonte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every label has a code. Apply the mapping to write the observations of {table}.</source>
        <translation>Todos os rótulos têm código. Aplique o mapeamento para gravar as observações de {table}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels of every dimension</source>
        <translation>Rótulos de todas as variáveis</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Questions ({count})</source>
        <translation>Perguntas ({count})</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Choose labels of one dimension to give them a code.</source>
        <translation>Escolha rótulos de uma única variável para atribuir-lhes um código.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{count} labels</source>
        <translation>{count} rótulos</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Leave out “{label}”</source>
        <translation>Deixar de fora “{label}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out {count} labels</source>
        <translation>Deixar de fora {count} rótulos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the code of “{label}”</source>
        <translation>Remover o código de “{label}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the codes of {count} labels</source>
        <translation>Remover os códigos de {count} rótulos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code of “{label}”: {code}</source>
        <translation>Código de “{label}”: {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code of {count} labels: {code}</source>
        <translation>Código de {count} rótulos: {code}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Accept “{label}”</source>
        <translation>Aceitar “{label}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept {count} labels</source>
        <translation>Aceitar {count} rótulos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every confident suggestion is already accepted.</source>
        <translation>Todas as sugestões confiáveis já foram aceitas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept {count} confident codes</source>
        <translation>Aceitar {count} códigos confiáveis</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Suggesting codes for “{dimension}”…</source>
        <translation>Sugerindo códigos para “{dimension}”…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bind “{dimension}” to {target}</source>
        <translation>Vincular “{dimension}” a {target}</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Preview of {table}</source>
        <translation>Pré-visualização de {table}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preview</source>
        <translation>Pré-visualização</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Not in the preview, without a code: {labels}.</source>
        <translation>Fora da pré-visualização, sem código: {labels}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other dimensions at: {held}.</source>
        <translation>Demais variáveis em: {held}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Writing the observations of {table}</source>
        <translation>Gravando as observações de {table}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Save recipe</source>
        <translation>Salvar receita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mapping recipes (*.json)</source>
        <translation>Receitas de mapeamento (*.json)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The recipe could not be written to {path}: {error}</source>
        <translation>Não foi possível salvar a receita em {path}: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recipe saved to {path}.</source>
        <translation>Receita salva em {path}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Apply recipe</source>
        <translation>Aplicar receita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mapping recipes (*.json);;All files (*)</source>
        <translation>Receitas de mapeamento (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Replaying the recipe “{name}”…</source>
        <translation>Reaplicando a receita “{name}”…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Apply recipe {file}</source>
        <translation>Aplicar a receita {file}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recipe applied: every label was known.</source>
        <translation>Receita aplicada: todos os rótulos eram conhecidos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export mapping memory</source>
        <translation>Exportar memória de mapeamentos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mapping memory (*.json)</source>
        <translation>Memória de mapeamentos (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting the mapping memory</source>
        <translation>Exportando a memória de mapeamentos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import mapping memory</source>
        <translation>Importar memória de mapeamentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mapping memory (*.json);;All files (*)</source>
        <translation>Memória de mapeamentos (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing a mapping memory</source>
        <translation>Importando uma memória de mapeamentos</translation>
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
    <name>MatrixCard</name>
    <message>
        <location filename="../../app/ui/bank_charts.py" line="+303"/>
        <source>Show the share of women in each cell</source>
        <translation>Mostrar a proporção de mulheres em cada célula</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PNG…</source>
        <translation>Salvar como PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a round and press Show.</source>
        <translation>Escolha uma rodada e clique em Mostrar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Origin × destination, round {round}</source>
        <translation>Origem × destino, rodada {round}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows: country of birth. Columns: the census that counted them. Largest first.</source>
        <translation>Linhas: país de nascimento. Colunas: o censo que as contou. As maiores primeiro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{share} women</source>
        <translation>{share} mulheres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons born in the origin counted in the destination:</source>
        <translation>Pessoas nascidas na origem recenseadas no destino:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no figure</source>
        <translation>sem dado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second line of each cell: the share of women among those persons.</source>
        <translation>Segunda linha de cada célula: a proporção de mulheres entre essas pessoas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Born in {origin}, counted in {destination}: {value} persons
Women: {women} ({share})
Sex ratio: {ratio} men per 100 women
Flags: {flags}</source>
        <translation>Nascidos em {origin}, recenseados em {destination}: {value} pessoas
Mulheres: {women} ({share})
Razão de sexo: {ratio} homens por 100 mulheres
Marcas: {flags}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The bank has no table by country of birth (T01) of round {round}.</source>
        <translation>O banco não tem tabelas por país de nascimento (T01) da rodada {round}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save chart as PNG</source>
        <translation>Salvar o gráfico como PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save chart</source>
        <translation>Salvar o gráfico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chart could not be saved to {path}. Choose another folder.</source>
        <translation>Não foi possível salvar o gráfico em {path}. Escolha outra pasta.</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="+107"/>
        <location line="+75"/>
        <source>New project</source>
        <translation>Novo projeto</translation>
    </message>
    <message>
        <location line="-74"/>
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
        <location line="+1"/>
        <source>Submission</source>
        <translation>Envio</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <source>Reference date:</source>
        <translation>Data de referência:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Census round:</source>
        <translation>Rodada censitária:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enumeration basis:</source>
        <translation>Tipo de recenseamento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source type:</source>
        <translation>Tipo de fonte:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Package language:</source>
        <translation>Idioma do pacote:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence:</source>
        <translation>Licença:</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <source>Language of the labels in the package&apos;s spreadsheet and quality report; by default the census country&apos;s</source>
        <translation>Idioma dos rótulos da planilha e do relatório de qualidade do pacote; por padrão, o do país do censo</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <source>CELADE needs the office, a contact person and the reference date. Universe notes and national definitions go on the Project page; the export reminds you of anything left empty.</source>
        <translation>O CELADE precisa do órgão, de uma pessoa de contato e da data de referência. As notas de universo e as definições nacionais ficam na página Projeto; a exportação lembra o que ficar vazio.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>IMILA projects (*.imila)</source>
        <translation>Projetos IMILA (*.imila)</translation>
    </message>
    <message>
        <location line="+33"/>
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
    <message>
        <location line="+4"/>
        <source>Write the reference date as YYYY-MM-DD, for example 2022-05-18.</source>
        <translation>Escreva a data de referência como AAAA-MM-DD, por exemplo 2022-05-18.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The contact email does not look like an address (name@institute.org).</source>
        <translation>O e-mail de contato não parece um endereço válido (nome@instituto.org).</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../app/ui/pages/base.py" line="+95"/>
        <source>Help on this page</source>
        <translation>Ajuda sobre esta página</translation>
    </message>
</context>
<context>
    <name>PreviewGridModel</name>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="-1548"/>
        <location line="+19"/>
        <source>hidden row</source>
        <translation>linha oculta</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location line="+743"/>
        <source>Check what was understood</source>
        <translation>Confira o que foi entendido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coloured regions show how the table was read. To correct one, select rows or columns (click their numbers or letters) and mark them.</source>
        <translation>As áreas coloridas mostram como a tabela foi lida. Para corrigir uma, selecione linhas ou colunas (clique nos números ou letras) e marque-as.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheet:</source>
        <translation>Planilha:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows:</source>
        <translation>Linhas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns:</source>
        <translation>Colunas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Header</source>
        <translation>Cabeçalho</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>Data</source>
        <translation>Dados</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Footer</source>
        <translation>Rodapé</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>Totals</source>
        <translation>Totais</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Mark the selected rows as title rows</source>
        <translation>Marcar as linhas selecionadas como linhas de título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected rows as header rows</source>
        <translation>Marcar as linhas selecionadas como linhas de cabeçalho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected rows as data rows</source>
        <translation>Marcar as linhas selecionadas como linhas de dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected rows as notes and footer (not data)</source>
        <translation>Marcar as linhas selecionadas como notas e rodapé (não são dados)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected data rows as totals (again to unmark)</source>
        <translation>Marcar as linhas de dados selecionadas como totais (de novo para desmarcar)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Labels</source>
        <translation>Rótulos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected columns as label (stub) columns</source>
        <translation>Marcar as colunas selecionadas como colunas de rótulos (indicadores de linha)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected columns as data columns</source>
        <translation>Marcar as colunas selecionadas como colunas de dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected data columns as totals (again to unmark)</source>
        <translation>Marcar as colunas de dados selecionadas como totais (de novo para desmarcar)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo corrections</source>
        <translation>Desfazer correções</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the corrections of this sheet and use the detection again</source>
        <translation>Descartar as correções desta planilha e voltar a usar a detecção</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Mark the header and data rows to read it anyway.</source>
        <translation>Marque as linhas de cabeçalho e de dados para lê-la mesmo assim.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your corrections are applied.</source>
        <translation>Suas correções foram aplicadas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detection confidence: {percent}</source>
        <translation>Confiança da detecção: {percent}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes of the table:</source>
        <translation>Notas da tabela:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the first {count} rows are shown; the whole sheet is imported.</source>
        <translation>Somente as primeiras {count} linhas são exibidas; a planilha inteira é importada.</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="+223"/>
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
        <location line="+0"/>
        <source>Licence:</source>
        <translation>Licença:</translation>
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
        <source>Previous census round</source>
        <translation>Rodada censitária anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose its package…</source>
        <translation>Escolher o pacote…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget</source>
        <translation>Esquecer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activity</source>
        <translation>Atividade</translation>
    </message>
    <message>
        <location line="+132"/>
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
    <message>
        <location line="+13"/>
        <source>None given. Choose the package of the last census (the .zip IMILA Desk exported for it): the previous-round rule (PLA-004) then compares each country of birth&apos;s stock with it.</source>
        <translation>Nenhuma indicada. Escolha o pacote do último censo (o .zip que o IMILA Desk exportou para ele): a regra da rodada anterior (PLA-004) comparará com ele o estoque de cada país de nascimento.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Census {year}: {file}, {count} cells by country of birth.</source>
        <translation>Censo {year}: {file}, {count} células por país de nascimento.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The previous round&apos;s package</source>
        <translation>O pacote da rodada anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMILA packages (*.zip)</source>
        <translation>Pacotes IMILA (*.zip)</translation>
    </message>
</context>
<context>
    <name>PyramidCard</name>
    <message>
        <location filename="../../app/ui/charts.py" line="-179"/>
        <source>Country of birth:</source>
        <translation>País de nascimento:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>All countries of birth</source>
        <translation>Todos os países de nascimento</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no table of the foreign-born by sex and age yet (T01, or T00&apos;s foreign-born rows).</source>
        <translation>Ainda não há uma tabela da população nascida no exterior por sexo e idade (T01, ou as linhas de nascidos no exterior da T00).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Men</source>
        <translation>Homens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Women</source>
        <translation>Mulheres</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Population pyramid of the foreign-born</source>
        <translation>Pirâmide etária dos nascidos no exterior</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Age group</source>
        <translation>Grupo de idade</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Persons</source>
        <translation>Pessoas</translation>
    </message>
</context>
<context>
    <name>RecipeBuilderDialog</name>
    <message>
        <location filename="../../app/ui/tabulate_dialog.py" line="+456"/>
        <source>Build a tabulation recipe</source>
        <translation>Criar uma receita de tabulação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bind the questions on household members living abroad to the variables of {file}, one record per member who left: country of residence, sex, age at departure and year of departure are required; they make table T11. A file with numbered columns per household (emig1_sex, emig2_sex…) needs a recipe file with &quot;layout&quot;: &quot;wide&quot;.</source>
        <translation>Associe as perguntas sobre os membros do domicílio que vivem no exterior às variáveis de {file}, um registro por membro que partiu: país de residência, sexo, idade ao partir e ano de saída são obrigatórios; com eles se monta a tabela T11. Um arquivo com colunas numeradas por domicílio (emig1_sexo, emig2_sexo…) precisa de um arquivo de receita com &quot;layout&quot;: &quot;wide&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bind each IMILA concept to a variable of {file}. Country of birth is required; sex and age are needed by almost every table. Leave a concept empty when the census did not ask it: the tables that need it are not produced.</source>
        <translation>Vincule cada conceito IMILA a uma variável de {file}. O país de nascimento é obrigatório; sexo e idade são necessários em quase todas as tabelas. Deixe um conceito vazio se o censo não o investigou: as tabelas que precisam dele não são geradas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The variables were suggested from their names: check each one.</source>
        <translation>As variáveis foram sugeridas a partir dos nomes: confira cada uma.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipe name:</source>
        <translation>Nome da receita:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Census year:</source>
        <translation>Ano do censo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file holds:</source>
        <translation>O arquivo contém:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One record per person (tables T00 to T10)</source>
        <translation>Um registro por pessoa (tabelas T00 a T10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household members living abroad, one record per member (table T11)</source>
        <translation>Membros do domicílio que vivem no exterior, um registro por membro (tabela T11)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference period: left since</source>
        <translation>Período de referência: partiram desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>up to</source>
        <translation>até</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The question as the questionnaire asks it, e.g. “salieron desde 2012”</source>
        <translation>A pergunta como o questionário a faz, p. ex. «saíram desde 2012»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The census asks about the members who left within this period; those who left before are not counted in T11</source>
        <translation>O censo pergunta pelos membros que partiram dentro deste período; os que partiram antes não são contados na T11</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Concept</source>
        <translation>Conceito</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Variable of the file</source>
        <translation>Variável do arquivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it is coded</source>
        <translation>Como está codificada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not stated values</source>
        <translation>Valores não declarados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most frequent values</source>
        <translation>Valores mais frequentes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(not in the file)</source>
        <translation>(não está no arquivo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 9, 99</source>
        <translation>p. ex., 9, 99</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values that mean “not stated”, separated by commas</source>
        <translation>Valores que significam “não declarado”, separados por vírgulas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>values are IMILA codes</source>
        <translation>os valores são códigos IMILA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use this recipe</source>
        <translation>Usar esta receita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as…</source>
        <translation>Salvar como…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the recipe as a JSON file, to use it again or with the command line, and use it</source>
        <translation>Salvar a receita como arquivo JSON, para reutilizá-la ou usá-la na linha de comando, e aplicá-la</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>When the file&apos;s values are not the IMILA codes, map them: value=code, separated by commas (e.g. 1=1, 2=1, 3=2). IMILA codes:</source>
        <translation>Se os valores do arquivo não forem os códigos IMILA, mapeie-os: valor=código, separados por vírgulas (p. ex., 1=1, 2=1, 3=2). Códigos IMILA:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The values of “{concept}” must be written value=code, separated by commas (e.g. 1=1, 2=1, 3=2).</source>
        <translation>Os valores de “{concept}” devem ser escritos como valor=código, separados por vírgulas (p. ex., 1=1, 2=1, 3=2).</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Save the tabulation recipe</source>
        <translation>Salvar a receita de tabulação</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The recipe could not be saved in {path} ({error}). Choose another folder.</source>
        <translation>Não foi possível salvar a receita em {path} ({error}). Escolha outra pasta.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="+87"/>
        <source>The table as it will be stored</source>
        <translation>A tabela como será guardada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per published cell, labelled by its dimensions. Go back to correct the regions if a dimension or a label is wrong.</source>
        <translation>Uma linha por célula publicada, identificada pelas suas variáveis. Volte para corrigir as áreas se uma variável ou um rótulo estiver errado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Table:</source>
        <translation>Tabela:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimensions</source>
        <translation>Variáveis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the importer understood</source>
        <translation>O que o importador entendeu</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>rows</source>
        <translation>linhas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>columns</source>
        <translation>colunas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>blocks</source>
        <translation>blocos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geography</source>
        <translation>geografia</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; — %Ln label(s) ({role}): {sample}</source>
        <translation>
            <numerusform>&lt;b&gt;{name}&lt;/b&gt; — %Ln rótulo ({role}): {sample}</numerusform>
            <numerusform>&lt;b&gt;{name}&lt;/b&gt; — %Ln rótulos ({role}): {sample}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{cells} cells from “{sheet}”</source>
        <translation>{cells} células de “{sheet}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the first {count} are shown</source>
        <translation>as primeiras {count} são exibidas</translation>
    </message>
</context>
<context>
    <name>RoundsCard</name>
    <message>
        <location filename="../../app/ui/bank_charts.py" line="-321"/>
        <source>Every country of birth (else the {n} largest)</source>
        <translation>Todos os países de nascimento (senão, os {n} maiores)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest at the latest round of the destination</source>
        <translation>Os maiores na última rodada do destino</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a destination and press Show.</source>
        <translation>Escolha um destino e clique em Mostrar.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change above {pct} since the previous round</source>
        <translation>Variação acima de {pct} desde a rodada anterior</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Persons counted in {country}, by country of birth and census round</source>
        <translation>Pessoas recenseadas em {country}, por país de nascimento e rodada censitária</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/ui/rounds_view.py" line="+134"/>
        <source>Persons</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Census round</source>
        <translation>Rodada censitária</translation>
    </message>
    <message>
        <location filename="../../app/ui/rounds_view.py" line="-37"/>
        <source>The previous round and this one share no country of birth.</source>
        <translation>A rodada anterior e esta não têm nenhum país de nascimento em comum.</translation>
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
        <translation>Nascidos no exterior, censos {previous} e {current}</translation>
    </message>
</context>
<context>
    <name>RoundsModel</name>
    <message>
        <location line="-86"/>
        <source>Country of birth</source>
        <translation>País de nascimento</translation>
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
        <translation>Variação</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change (%)</source>
        <translation>Variação (%)</translation>
    </message>
</context>
<context>
    <name>RoundsView</name>
    <message>
        <location line="+141"/>
        <source>No country of birth changed by more than 50 % since the previous round.</source>
        <translation>Nenhum país de nascimento mudou mais de 50 % desde a rodada anterior.</translation>
    </message>
</context>
<context>
    <name>SheetsPage</name>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="-453"/>
        <source>Choose the sheets</source>
        <translation>Escolha as planilhas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each checked sheet becomes a source of its own. The first sheet holding a table is checked.</source>
        <translation>Cada planilha marcada se torna uma fonte independente. A primeira planilha que contém uma tabela vem marcada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheets of the file:</source>
        <translation>Planilhas do arquivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check all visible</source>
        <translation>Marcar todas as visíveis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uncheck all</source>
        <translation>Desmarcar todas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>hidden in the workbook</source>
        <translation>oculta na pasta de trabalho</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no table found</source>
        <translation>nenhuma tabela encontrada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>table found</source>
        <translation>tabela encontrada</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Sheet “{sheet}”</source>
        <translation>Planilha “{sheet}”</translation>
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
    <name>TablesModel</name>
    <message>
        <location filename="../../app/ui/mapping_models.py" line="+52"/>
        <source>Universe: {universe}</source>
        <translation>Universo: {universe}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This source already feeds this table.</source>
        <translation>Esta fonte já alimenta esta tabela.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fits this source: {pct} %</source>
        <translation>Adequação a esta fonte: {pct}%</translation>
    </message>
</context>
<context>
    <name>TabulateDialog</name>
    <message>
        <location filename="../../app/ui/tabulate_dialog.py" line="-525"/>
        <source>Census person files ({patterns})</source>
        <translation>Arquivos de pessoas do censo ({patterns})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.csv *.txt *.tsv *.dat)</source>
        <translation>Arquivos de texto (*.csv *.txt *.tsv *.dat)</translation>
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
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Tabulation recipes (*.json)</source>
        <translation>Receitas de tabulação (*.json)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Age at departure</source>
        <translation>Idade ao partir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Household</source>
        <translation>Domicílio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Household weight (expansion factor)</source>
        <translation>Peso do domicílio (fator de expansão)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Weight (expansion factor)</source>
        <translation>Peso (fator de expansão)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Age when they left</source>
        <translation>Idade quando partiram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age now (the years since they left are subtracted)</source>
        <translation>Idade atual (subtraem-se os anos desde que partiram)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Year of departure</source>
        <translation>Ano de saída</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years since they left</source>
        <translation>Anos desde que partiram</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Detect: M49 numbers, ISO codes or names</source>
        <translation>Detectar: números M49, códigos ISO ou nomes</translation>
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
        <translation>Nomes de países ou rótulos de valores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year of arrival</source>
        <translation>Ano de chegada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years lived in the country</source>
        <translation>Anos de residência no país</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISIC Rev.4 divisions (2 digits)</source>
        <translation>CIIU Rev. 4, divisões (2 dígitos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISIC Rev.4 groups (3 digits)</source>
        <translation>CIIU Rev. 4, grupos (3 dígitos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISIC Rev.4 classes (4 digits)</source>
        <translation>CIIU Rev. 4, classes (4 dígitos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISIC Rev.4 sections (letters A–U)</source>
        <translation>CIIU Rev. 4, seções (letras A–U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISCO-08 unit groups (4 digits)</source>
        <translation>CIUO-08, grupos de base (4 dígitos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISCO-08 minor groups (3 digits)</source>
        <translation>CIUO-08, subgrupos (3 dígitos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISCO-08 sub-major groups (2 digits)</source>
        <translation>CIUO-08, subgrupos principais (2 dígitos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISCO-08 major groups (1 digit)</source>
        <translation>CIUO-08, grandes grupos (1 dígito)</translation>
    </message>
    <message>
        <location line="+290"/>
        <source>As in the recipe: {kind}</source>
        <translation>Como na receita: {kind}</translation>
    </message>
    <message>
        <location line="+381"/>
        <source>Tabulate microdata</source>
        <translation>Tabular microdados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tabulate the IMILA tables straight from the census person file: every table the recipe&apos;s variables allow, with all its totals; or table T11 from the emigrant module of a census or survey (the household members living abroad), with an emigrant recipe. The file is read where it lies, however large; the project records its name, size and checksum, not the confidential records.</source>
        <translation>Tabule as tabelas IMILA diretamente do arquivo de pessoas do censo: todas as tabelas que as variáveis da receita permitem, com todos os seus totais; ou a tabela T11 do módulo de emigração de um censo ou pesquisa (os membros do domicílio que vivem no exterior), com uma receita de emigrantes. O arquivo é lido onde está, por maior que seja; o projeto registra seu nome, tamanho e soma de verificação, não os registros confidenciais.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Person or household file</source>
        <translation>Arquivo de pessoas ou de domicílios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, Parquet, SPSS (.sav) or Stata (.dta) file, one record per person, or per household member abroad</source>
        <translation>Arquivo CSV, Parquet, SPSS (.sav) ou Stata (.dta), um registro por pessoa, ou por membro do domicílio no exterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipe</source>
        <translation>Receita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tabulation recipe (JSON) that binds the file&apos;s variables to the IMILA concepts</source>
        <translation>Uma receita de tabulação (JSON) que vincula as variáveis do arquivo aos conceitos IMILA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build a recipe…</source>
        <translation>Criar uma receita…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bind the file&apos;s variables to the IMILA concepts in a form</source>
        <translation>Vincular as variáveis do arquivo aos conceitos IMILA em um formulário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclosure control</source>
        <translation>Sigilo estatístico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag cells of fewer than</source>
        <translation>Marcar as células com menos de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>persons as confidential (C); totals are kept</source>
        <translation>pessoas como confidenciais (C); os totais são mantidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flagged cells keep their value in the project but are not exported</source>
        <translation>As células marcadas mantêm seu valor no projeto, mas não são exportadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also keep a copy of the person file in the project (files up to 64 MiB)</source>
        <translation>Guardar também uma cópia do arquivo de pessoas no projeto (arquivos de até 64 MiB)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person records are confidential and a project file is copied and sent: without a copy the project keeps the file&apos;s name, size and checksum only</source>
        <translation>Os registros de pessoas são confidenciais e um arquivo de projeto é copiado e enviado: sem cópia, o projeto guarda apenas o nome, o tamanho e a soma de verificação do arquivo</translation>
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
        <translation>Interromper a tabulação; o projeto fica como estava</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Observations</source>
        <translation>Observações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tabulate</source>
        <translation>Tabular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cancelled: the project is as it was before.</source>
        <translation>Cancelado: o projeto está como antes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another task is running: wait for it to finish, then tabulate.</source>
        <translation>Outra tarefa está em andamento: aguarde o término e depois tabule.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tabulation stopped because of an unexpected error; the project is as it was before and the details were logged.</source>
        <translation>A tabulação parou por causa de um erro inesperado; o projeto está como antes e os detalhes foram registrados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the person file first.</source>
        <translation>Escolha primeiro o arquivo de pessoas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the variables of {file}…</source>
        <translation>Lendo as variáveis de {file}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopping the tabulation…</source>
        <translation>Interrompendo a tabulação…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Census person file</source>
        <translation>Arquivo de pessoas do censo</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Census records stay on this computer; only the tables enter the submission.</source>
        <translation>Os registros do censo ficam neste computador; somente as tabelas entram no envio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No file at this path.</source>
        <translation>Não há arquivo neste caminho.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}, {size}</source>
        <translation>{file}, {size}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tabulation recipe</source>
        <translation>Receita de tabulação</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No recipe yet: open one, or build one from the file&apos;s variables.</source>
        <translation>Ainda não há receita: abra uma ou crie uma a partir das variáveis do arquivo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>and {count} more</source>
        <translation>e mais {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>household members abroad → T11</source>
        <translation>membros do domicílio no exterior → T11</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>left {years}</source>
        <translation>partiram em {years}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left since {year}</source>
        <translation>partiram desde {year}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reference period of the project</source>
        <translation>período de referência do projeto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>numbered columns per household</source>
        <translation>colunas numeradas por domicílio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>census {year}</source>
        <translation>censo {year}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not saved</source>
        <translation>não salva</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Tabulating {file}…</source>
        <translation>Tabulando {file}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready. Tabulate writes the tables into the project in one step; a cancel or an error leaves the project as it was.</source>
        <translation>Pronto. “Tabular” grava as tabelas no projeto em uma única etapa; um cancelamento ou um erro deixa o projeto como estava.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the person file and a recipe, then Tabulate.</source>
        <translation>Escolha o arquivo de pessoas e uma receita e depois clique em Tabular.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tabulating {file}</source>
        <translation>Tabulando {file}</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>{records} records of {file} tabulated in {seconds} s: {count} observations in {tables} tables.</source>
        <translation>{records} registros de {file} tabulados em {seconds} s: {count} observações em {tables} tabelas.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Nothing to note: every value was understood.</source>
        <translation>Nada a observar: todos os valores foram entendidos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tables ({count})</source>
        <translation>Tabelas ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes on the data ({count})</source>
        <translation>Notas sobre os dados ({count})</translation>
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
        <translation>Célula</translation>
    </message>
</context>
<context>
    <name>TopCountriesCard</name>
    <message>
        <location filename="../../app/ui/charts.py" line="+25"/>
        <source>There is no table by country of birth and sex yet (T01).</source>
        <translation>Ainda não há uma tabela por país de nascimento e sexo (T01).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Men</source>
        <translation>Homens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Women</source>
        <translation>Mulheres</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The {n} largest countries of birth, by sex</source>
        <translation>Os {n} principais países de nascimento, por sexo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons</source>
        <translation>Pessoas</translation>
    </message>
</context>
<context>
    <name>TourOverlay</name>
    <message>
        <location filename="../../app/ui/tour.py" line="+167"/>
        <source>Step {n} of {total}</source>
        <translation>Etapa {n} de {total}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Done</source>
        <translation>Concluir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Don&apos;t show again</source>
        <translation>Não mostrar novamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the tour</source>
        <translation>Fechar o tour</translation>
    </message>
</context>
<context>
    <name>UnexplainedDialog</name>
    <message>
        <location filename="../../app/ui/pages/export_page.py" line="-382"/>
        <source>Warnings without an explanation</source>
        <translation>Avisos sem explicação</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 warning has no explanation.</source>
        <translation>1 aviso não tem explicação.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} warnings have no explanation.</source>
        <translation>{n} avisos não têm explicação.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CELADE will read them in the quality report without your reasons. Send the package anyway (your confirmation is recorded with it), or explain them first on the Check page.</source>
        <translation>O CELADE os lerá no relatório de qualidade sem as suas justificativas. Envie o pacote mesmo assim (sua confirmação fica registrada nele) ou explique-os primeiro na página Validar.</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send without explanation</source>
        <translation>Enviar sem explicação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explain them first</source>
        <translation>Explicá-los primeiro</translation>
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
        <location filename="../../app/ui/welcome.py" line="+219"/>
        <source>Prepare your census tables on international migration for CELADE&apos;s IMILA data bank: import, map, check and export.</source>
        <translation>Prepare suas tabelas censitárias sobre migração internacional para o banco de dados IMILA do CELADE: importe, mapeie, valide e exporte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the demo</source>
        <translation>Abrir a demonstração</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A small fictional census with errors seeded on purpose: the best way to look around.</source>
        <translation>Um pequeno censo fictício com erros inseridos de propósito: a melhor forma de conhecer o aplicativo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New project…</source>
        <translation>Novo projeto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a submission for your country&apos;s census: one file holds all its work.</source>
        <translation>Comece um envio para o censo do seu país: um único arquivo guarda todo o trabalho.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open project…</source>
        <translation>Abrir projeto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carry on with a project file (.imila) made earlier or sent by a colleague.</source>
        <translation>Continue com um arquivo de projeto (.imila) criado antes ou enviado por um colega.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent projects</source>
        <translation>Projetos recentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New here?</source>
        <translation>Primeira vez aqui?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the guided tour</source>
        <translation>Fazer o tour guiado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the help</source>
        <translation>Ler a ajuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop exercises</source>
        <translation>Exercícios da oficina</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>← Back to {name}</source>
        <translation>← Voltar para {name}</translation>
    </message>
</context>
<context>
    <name>WomenBreakdownModel</name>
    <message>
        <location filename="../../app/ui/women_view.py" line="+116"/>
        <source>Activity status</source>
        <translation>Condição de atividade</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Occupation</source>
        <translation>Ocupação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women</source>
        <translation>Mulheres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>% of women</source>
        <translation>% das mulheres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Men</source>
        <translation>Homens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>% of men</source>
        <translation>% dos homens</translation>
    </message>
</context>
<context>
    <name>WomenByCountryModel</name>
    <message>
        <location line="-68"/>
        <source>Country of birth</source>
        <translation>País de nascimento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Women</source>
        <translation>Mulheres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Men</source>
        <translation>Homens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Women (%)</source>
        <translation>Mulheres (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex ratio</source>
        <translation>Razão de sexo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Women per 100 persons born in that country</source>
        <translation>Mulheres por 100 pessoas nascidas nesse país</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Men per 100 women</source>
        <translation>Homens por 100 mulheres</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The checks flag this sex ratio as unusual (see the findings).</source>
        <translation>As validações apontam esta razão de sexo como incomum (veja as ocorrências).</translation>
    </message>
</context>
<context>
    <name>WomenView</name>
    <message>
        <location line="+190"/>
        <source>Women and men by country of birth (T01)</source>
        <translation>Mulheres e homens por país de nascimento (T01)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity status of foreign-born women and men (T07)</source>
        <translation>Condição de atividade das mulheres e dos homens nascidos no exterior (T07)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation of employed foreign-born women and men (T09)</source>
        <translation>Ocupação das mulheres e dos homens ocupados nascidos no exterior (T09)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the tables…</source>
        <translation>Lendo as tabelas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project has no table by country of birth and sex yet (T01).</source>
        <translation>O projeto ainda não tem uma tabela por país de nascimento e sexo (T01).</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Women are {share} % of the people born abroad whose country of birth is known ({women} of {total}); {ratio} men per 100 women.</source>
        <translation>As mulheres são {share}% das pessoas nascidas no exterior cujo país de nascimento é conhecido ({women} de {total}); {ratio} homens por 100 mulheres.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The project has no table by activity status (T07): import it to see how many foreign-born women are employed, unemployed or inactive.</source>
        <translation>O projeto não tem uma tabela por condição de atividade (T07): importe-a para ver quantas mulheres nascidas no exterior estão ocupadas, desocupadas ou inativas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project has no table by occupation (T09): import it to see the occupations of employed foreign-born women.</source>
        <translation>O projeto não tem uma tabela por ocupação (T09): importe-a para ver as ocupações das mulheres ocupadas nascidas no exterior.</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <location filename="../../app/ui/workshop_dialog.py" line="+115"/>
        <location line="+1"/>
        <source>Workshop exercises</source>
        <translation>Exercícios da oficina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practise each step on the census of a fictional country. Each exercise opens its own project; its checklist beside the pages ticks itself as you work.</source>
        <translation>Pratique cada etapa com o censo de um país fictício. Cada exercício abre seu próprio projeto; a lista de verificação ao lado das páginas se marca sozinha enquanto você trabalha.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your work is kept in {folder}</source>
        <translation>Seu trabalho fica guardado em {folder}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change folder…</source>
        <translation>Alterar pasta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Começar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start over…</source>
        <translation>Recomeçar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export progress…</source>
        <translation>Exportar o progresso…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Folder of the workshop exercises</source>
        <translation>Pasta dos exercícios da oficina</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Preparing “{title}”</source>
        <translation>Preparando “{title}”</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+5"/>
        <source>Start over</source>
        <translation>Recomeçar</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Start “{title}” over? Everything done in this exercise is lost.</source>
        <translation>Recomeçar “{title}”? Tudo o que foi feito neste exercício será perdido.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Starting over</source>
        <translation>Recomeçando</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Writing the progress report</source>
        <translation>Gerando o relatório de progresso</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Progress written to {json} and {csv}.</source>
        <translation>Progresso gravado em {json} e {csv}.</translation>
    </message>
</context>
<context>
    <name>WorkshopDock</name>
    <message>
        <location filename="../../app/ui/workshop_panel.py" line="+362"/>
        <source>Workshop &amp;checklist</source>
        <translation>&amp;Lista de verificação da oficina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop exercise</source>
        <translation>Exercício da oficina</translation>
    </message>
</context>
<context>
    <name>WorkshopPanel</name>
    <message>
        <location line="-150"/>
        <source>Exercise complete: well done!</source>
        <translation>Exercício concluído: muito bem!</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checklist: one more item done.</source>
        <translation>Lista de verificação: mais um item concluído.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>{done} of {total} done</source>
        <translation>{done} de {total} concluídos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking your project…</source>
        <translation>Verificando seu projeto…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checklist</source>
        <translation>Lista de verificação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do</source>
        <translation>O que fazer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every item is done: this exercise is complete. Open the next one from “Exercises…”.</source>
        <translation>Todos os itens foram concluídos: este exercício está completo. Abra o próximo em “Exercícios…”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check again</source>
        <translation>Verificar de novo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The list also updates by itself after each change</source>
        <translation>A lista também se atualiza sozinha após cada alteração</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercises…</source>
        <translation>Exercícios…</translation>
    </message>
</context>
<context>
    <name>_JobLink</name>
    <message>
        <location filename="../../app/ui/import_wizard.py" line="+186"/>
        <source>Cancelled: nothing was read. Change a setting or go back to try again.</source>
        <translation>Cancelado: nada foi lido. Altere uma configuração ou volte para tentar de novo.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/ui/welcome.py" line="+41"/>
        <source>The demo project is not available in this installation.</source>
        <translation>O projeto de demonstração não está disponível nesta instalação.</translation>
    </message>
</context>
</TS>
