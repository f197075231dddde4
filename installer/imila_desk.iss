; Inno Setup 6 script of the Windows installer of IMILA Desk (UTF-8 with a BOM, so that ISCC reads the accents).
;
; Built by installer\build.py on Windows once the bundle passed its self-test:
;     ISCC.exe /DAppVersion=0.1.0 /DBundleDir=...\dist\imila-desk /DOutputDir=...\dist installer\imila_desk.iss
; Without the /D options it takes the bundle from ..\dist\imila-desk.
;
; Installs for the current user without administrator rights by default (NSO
; workstations are often locked down); an administrator can choose "all users"
; in the first dialog. Offline: everything the program needs is in the bundle.

#define AppName "IMILA Desk"
#define ExeName "imila-desk.exe"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\dist\imila-desk"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist"
#endif
#ifndef IconFile
  #define IconFile "..\build\icons\imila-desk.ico"
#endif

[Setup]
AppId={{D3447470-01D3-4D1E-A839-16BF1B32C422}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=CEPAL-CELADE
AppComments=Census tables of international migration for CELADE's IMILA data bank
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=imila-desk-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#ExeName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
ShowLanguageDialog=auto

[Languages]
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "pt"; MessagesFile: "compiler:Languages\BrazilianPortuguese.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[CustomMessages]
es.ProjectFile=Proyecto de IMILA Desk
en.ProjectFile=IMILA Desk project
pt.ProjectFile=Projeto do IMILA Desk
fr.ProjectFile=Projet IMILA Desk
es.SelfTest=Verificar la instalación (IMILA Desk --self-test)
en.SelfTest=Check the installation (IMILA Desk --self-test)
pt.SelfTest=Verificar a instalação (IMILA Desk --self-test)
fr.SelfTest=Vérifier l'installation (IMILA Desk --self-test)

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade must not keep modules of the previous version beside the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#ExeName}"
Name: "{autoprograms}\{cm:SelfTest}"; Filename: "{cmd}"; Parameters: "/k """"{app}\{#ExeName}"" --self-test"""; IconFilename: "{app}\{#ExeName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#ExeName}"; Tasks: desktopicon

[Registry]
; .imila project files open in IMILA Desk (per user, or for all users when installed for all).
Root: HKA; Subkey: "Software\Classes\.imila\OpenWithProgids"; ValueType: string; ValueName: "IMILADesk.Project"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\IMILADesk.Project"; ValueType: string; ValueName: ""; ValueData: "{cm:ProjectFile}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\IMILADesk.Project\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#ExeName},0"
Root: HKA; Subkey: "Software\Classes\IMILADesk.Project\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#ExeName}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#ExeName}\SupportedTypes"; ValueType: string; ValueName: ".imila"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#ExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
