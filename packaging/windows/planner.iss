; Inno Setup script of Planner for Windows (Inno Setup 6).
; Build the bundle first on Windows (see README, « Installer sur un poste Windows »):
;     py -3.11 -m venv .venv && .venv\Scripts\pip install -e ".[build]"
;     .venv\Scripts\pyinstaller --noconfirm build.spec
;     .venv\Scripts\..\dist\planner\planner-cli.exe --self-check
;     "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\planner.iss
; The result is dist\Planner-Setup-<version>.exe.
;
; Per-user install, no administrator rights: the program goes to
; %LOCALAPPDATA%\Programs\Planner, a shortcut to the Start menu (and optionally the desktop).
; The user's data (%LOCALAPPDATA%\Planner: database, backups, window layout) is never touched by
; the installer nor by the uninstaller: uninstalling keeps the data, reinstalling finds it again.

#define AppName "Planner"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define BundleDir "..\..\dist\planner"

[Setup]
AppId={{6E2B7C1A-3F4D-4C55-9B1E-504C4E520001}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Planner
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=Planner-Setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\planner.exe
CloseApplications=yes

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\{#AppName}"; Filename: "{app}\planner.exe"; WorkingDir: "{app}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\planner.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
; The installed copy must pass its own check before it is offered to start.
Filename: "{app}\planner-cli.exe"; Parameters: "--self-check"; StatusMsg: "Vérification de l'installation…"; Flags: runhidden waituntilterminated
Filename: "{app}\planner.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program folder may hold besides the installed files; never {localappdata}\Planner.
Type: filesandordirs; Name: "{app}\__pycache__"
