; Desk Pilkada — Windows installer (NSIS 3, Modern UI 2), Indonesian and English.
;
;   makensis -WX -DVERSION=0.1.0 -DVERSION_QUAD=0.1.0.0 -DPAYLOAD=dist/DeskPilkada \
;            -DOUTFILE=dist/DeskPilkada-0.1.0-setup.exe installer/desk_pilkada.nsi
;
; Optional: -DORG=<instansi> (default Kesbangpol, must equal app/__init__.py ORG_NAME),
; -DSIGN_CMD='<command signing "%1">' to sign the uninstaller and the setup as they are
; written (see installer/build_windows.sh).
;
; Layout: $INSTDIR holds DeskPilkada.exe, desk-pilkada.exe, the program's own _internal\
; folder, Uninstall.exe and the install-mode marker — nothing else is ever written there and
; only these named items are ever removed (never RMDir /r $INSTDIR). The data folder is
; outside: %LOCALAPPDATA%\<instansi>\Desk Pilkada (per user) or %PROGRAMDATA%\<instansi>\
; Desk Pilkada (all users); the app finds it at run time (app/paths.py) from the marker.
;
; Switches: /S silent, /CURRENTUSER (default) or /ALLUSERS, /D=<folder> (last, unquoted).
; Uninstaller: /S, /PURGEDATA (also delete the data folder and the settings).
; Exit codes: 0 done, 1 cancelled, 2 aborted (e.g. the app could not be closed),
; 740 all-users mode asked for in silent mode without administrator rights.

Unicode true
Target amd64-unicode
ManifestDPIAware true
ManifestSupportedOS {8e0f7a12-bfb3-4fe8-b9a5-48fd50a15a9a}
SetCompressor /SOLID lzma
SetCompressorDictSize 32
RequestExecutionLevel user

!ifndef VERSION
  !error "pass -DVERSION=x.y.z"
!endif
!ifndef VERSION_QUAD
  !error "pass -DVERSION_QUAD=x.y.z.w"
!endif
!ifndef PAYLOAD
  !error "pass -DPAYLOAD=<PyInstaller one-folder output>"
!endif
!ifndef OUTFILE
  !define OUTFILE "DeskPilkada-${VERSION}-setup.exe"
!endif
!ifndef ORG
  !define ORG "Kesbangpol"
!endif
; makensis works in the script's folder, so these paths are relative to installer/.
!ifndef ICON
  !define ICON "../resources/icons/desk-pilkada.ico"
!endif
!ifdef SIGN_CMD
  !finalize '${SIGN_CMD}'
  !uninstfinalize '${SIGN_CMD}'
!endif

!define APP "Desk Pilkada"
!define EXE "DeskPilkada.exe"
!define CLI_EXE "desk-pilkada.exe"
!define MARKER "desk-pilkada-install.ini"
!define UNINSTALLER "Uninstall.exe"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\DeskPilkada"
!define SETTINGS_KEY "Software\${ORG}\${APP}"
!define ERROR_ELEVATION_REQUIRED 740

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
BrandingText "${APP} ${VERSION}"
ShowInstDetails show
ShowUninstDetails show

!include MUI2.nsh
!include LogicLib.nsh
!include FileFunc.nsh
!include nsDialogs.nsh

VIProductVersion "${VERSION_QUAD}"
VIFileVersion "${VERSION_QUAD}"

Var Mode          ; "all" or "user"
Var ModeFixed     ; 1 when the command line or an existing install decides the mode
Var ModeRadioAll
Var ModeRadioUser
Var CloseTries
Var Upgrade       ; 1 when an installation of the same mode exists (its folder is kept)

; --- Pages ---------------------------------------------------------------------------
!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_WELCOMEFINISHPAGE_BITMAP "wizard.bmp"

!insertmacro MUI_PAGE_WELCOME
Page custom ModePage ModePageLeave
!define MUI_PAGE_CUSTOMFUNCTION_PRE SkipDirectoryOnUpgrade
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN
!define MUI_FINISHPAGE_RUN_FUNCTION RunApp
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!define MUI_COMPONENTSPAGE_TEXT_TOP "$(UN_COMPONENTS_TOP)"
!define MUI_COMPONENTSPAGE_NODESC
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Indonesian"
!insertmacro MUI_LANGUAGE "English"

; --- Strings -------------------------------------------------------------------------
LangString MODE_TITLE ${LANG_INDONESIAN} "Pasang untuk siapa?"
LangString MODE_TITLE ${LANG_ENGLISH} "Install for whom?"
LangString MODE_SUBTITLE ${LANG_INDONESIAN} "Pilih siapa yang memakai ${APP} di PC ini."
LangString MODE_SUBTITLE ${LANG_ENGLISH} "Choose who uses ${APP} on this PC."
LangString MODE_USER ${LANG_INDONESIAN} "Hanya saya (disarankan; tanpa hak administrator)"
LangString MODE_USER ${LANG_ENGLISH} "Just me (recommended; no administrator rights needed)"
LangString MODE_ALL ${LANG_INDONESIAN} "Semua pengguna PC ini (butuh hak administrator; satu basis data bersama di ProgramData)"
LangString MODE_ALL ${LANG_ENGLISH} "All users of this PC (needs administrator rights; one shared database in ProgramData)"
LangString MODE_NOTE ${LANG_INDONESIAN} "Data (basis data, cadangan, log) disimpan di luar folder program dan tetap ada saat pembaruan."
LangString MODE_NOTE ${LANG_ENGLISH} "Data (database, backups, logs) is kept outside the program folder and survives upgrades."
LangString NEED_ADMIN ${LANG_INDONESIAN} "Pemasangan untuk semua pengguna membutuhkan hak administrator, dan izinnya tidak diberikan."
LangString NEED_ADMIN ${LANG_ENGLISH} "Installing for all users needs administrator rights, which were not granted."
LangString APP_RUNNING ${LANG_INDONESIAN} "${APP} sedang berjalan dan akan ditutup. Simpan pekerjaan Anda, lalu klik OK."
LangString APP_RUNNING ${LANG_ENGLISH} "${APP} is running and will be closed. Save your work, then click OK."
LangString APP_STILL_RUNNING ${LANG_INDONESIAN} "${APP} tidak dapat ditutup. Tutup aplikasinya lalu klik Coba lagi."
LangString APP_STILL_RUNNING ${LANG_ENGLISH} "${APP} could not be closed. Close it, then click Retry."
LangString FILES_LOCKED ${LANG_INDONESIAN} "Berkas program tidak dapat ditulis. Tutup Desk Pilkada lalu jalankan setup lagi."
LangString FILES_LOCKED ${LANG_ENGLISH} "The program files could not be written. Close Desk Pilkada, then run the setup again."
LangString SHORTCUT_DESC ${LANG_INDONESIAN} "Pemantauan Pilkada untuk ${ORG}"
LangString SHORTCUT_DESC ${LANG_ENGLISH} "Pilkada monitoring for ${ORG}"
LangString UN_PROGRAM ${LANG_INDONESIAN} "Program ${APP}"
LangString UN_PROGRAM ${LANG_ENGLISH} "${APP} program"
LangString UN_DATA ${LANG_INDONESIAN} "Hapus juga data: basis data, cadangan, log, pengaturan"
LangString UN_DATA ${LANG_ENGLISH} "Also delete the data: database, backups, logs, settings"
LangString UN_COMPONENTS_TOP ${LANG_INDONESIAN} "Program selalu dihapus. Data hanya dihapus bila kotak di bawah dicentang, dan itu tidak dapat dibatalkan; tanpa centang, data tetap ada untuk pemasangan berikutnya."
LangString UN_COMPONENTS_TOP ${LANG_ENGLISH} "The program is always removed. The data is deleted only when the box below is ticked, which cannot be undone; otherwise it stays for the next installation."
LangString DATA_KEPT ${LANG_INDONESIAN} "Data tetap disimpan di:"
LangString DATA_KEPT ${LANG_ENGLISH} "The data is kept in:"
LangString DATA_PURGED ${LANG_INDONESIAN} "Folder data dihapus:"
LangString DATA_PURGED ${LANG_ENGLISH} "Data folder deleted:"

; --- Version information (every key, so makensis -WX passes) -------------------------
!macro VERSION_KEYS LANG
  VIAddVersionKey /LANG=${LANG} "ProductName" "${APP}"
  VIAddVersionKey /LANG=${LANG} "CompanyName" "${ORG}"
  VIAddVersionKey /LANG=${LANG} "LegalCopyright" "© ${ORG}"
  VIAddVersionKey /LANG=${LANG} "FileDescription" "${APP} ${VERSION} setup"
  VIAddVersionKey /LANG=${LANG} "FileVersion" "${VERSION}"
  VIAddVersionKey /LANG=${LANG} "ProductVersion" "${VERSION}"
  VIAddVersionKey /LANG=${LANG} "InternalName" "DeskPilkada-setup"
  VIAddVersionKey /LANG=${LANG} "OriginalFilename" "DeskPilkada-${VERSION}-setup.exe"
  VIAddVersionKey /LANG=${LANG} "Comments" "Pemantauan Pilkada — ${ORG}"
!macroend
!insertmacro VERSION_KEYS ${LANG_INDONESIAN}
!insertmacro VERSION_KEYS ${LANG_ENGLISH}

; --- Shared helpers (installer and uninstaller) --------------------------------------
!macro HELPERS un
  ; Sets $R1 to 1 when one of the program's executables is in use (Windows refuses to
  ; open a running image for writing), else 0.
  Function ${un}AppRunning
    StrCpy $R1 0
    ${If} ${FileExists} "$INSTDIR\${EXE}"
      ClearErrors
      FileOpen $R2 "$INSTDIR\${EXE}" a
      ${If} ${Errors}
        StrCpy $R1 1
      ${Else}
        FileClose $R2
      ${EndIf}
    ${EndIf}
    ${If} ${FileExists} "$INSTDIR\${CLI_EXE}"
      ClearErrors
      FileOpen $R2 "$INSTDIR\${CLI_EXE}" a
      ${If} ${Errors}
        StrCpy $R1 1
      ${Else}
        FileClose $R2
      ${EndIf}
    ${EndIf}
  FunctionEnd

  ; Closes a running Desk Pilkada before files are replaced or removed: first politely
  ; (the window gets a close message and may save), after 10 s by force; aborts with a
  ; clear message when it still runs.
  Function ${un}CloseRunningApp
    StrCpy $CloseTries 0
    ${Do}
      Call ${un}AppRunning
      ${If} $R1 == 0
        Return
      ${EndIf}
      ${If} $CloseTries == 0
        ${IfNot} ${Silent}
          MessageBox MB_OKCANCEL|MB_ICONEXCLAMATION "$(APP_RUNNING)" /SD IDOK IDOK +2
          Abort
        ${EndIf}
        DetailPrint "taskkill /IM ${EXE}"
        nsExec::Exec '"$SYSDIR\taskkill.exe" /IM ${EXE}'
        Pop $R2
        nsExec::Exec '"$SYSDIR\taskkill.exe" /IM ${CLI_EXE}'
        Pop $R2
      ${ElseIf} $CloseTries == 20
        DetailPrint "taskkill /F /IM ${EXE}"
        nsExec::Exec '"$SYSDIR\taskkill.exe" /F /IM ${EXE}'
        Pop $R2
        nsExec::Exec '"$SYSDIR\taskkill.exe" /F /IM ${CLI_EXE}'
        Pop $R2
      ${ElseIf} $CloseTries >= 40
        MessageBox MB_RETRYCANCEL|MB_ICONSTOP "$(APP_STILL_RUNNING)" /SD IDCANCEL IDRETRY +2
        Abort "$(APP_STILL_RUNNING)"
        StrCpy $CloseTries 19
      ${EndIf}
      Sleep 500
      IntOp $CloseTries $CloseTries + 1
    ${Loop}
  FunctionEnd

  ; The data folder the app uses for this install mode (app/paths.py decides the same).
  Function ${un}DataDir
    ${If} $Mode == "all"
      SetShellVarContext all
      StrCpy $R0 "$APPDATA\${ORG}\${APP}"
    ${Else}
      SetShellVarContext current
      StrCpy $R0 "$LOCALAPPDATA\${ORG}\${APP}"
    ${EndIf}
  FunctionEnd

  ; Restarts this program with administrator rights (UAC) for the all-users mode; the
  ; elevated copy does the work and this one ends. Silent: exit code 740 instead.
  Function ${un}Elevate
    UserInfo::GetAccountType
    Pop $R0
    ${If} $R0 == "admin"
      Return
    ${EndIf}
    ${If} ${Silent}
      SetErrorLevel ${ERROR_ELEVATION_REQUIRED}
      Quit
    ${EndIf}
    !if "${un}" == "un."
      ; The uninstaller runs as a copy in %TEMP%; _?= tells the copy where it belongs.
      StrCpy $R1 ""
      ${If} ${SectionIsSelected} ${SecUnData}
        StrCpy $R1 "/PURGEDATA "
      ${EndIf}
      StrCpy $R1 "$R1_?=$INSTDIR"
    !else
      ${GetParameters} $R1
      StrCpy $R1 "/ALLUSERS $R1"
    !endif
    HideWindow
    ClearErrors
    ExecShellWait "runas" "$EXEPATH" "$R1"
    ${If} ${Errors}
      BringToFront
      MessageBox MB_ICONSTOP "$(NEED_ADMIN)"
      SetErrorLevel ${ERROR_ELEVATION_REQUIRED}
    ${EndIf}
    Quit
  FunctionEnd
!macroend
!insertmacro HELPERS ""

; --- Installer -----------------------------------------------------------------------
Function .onInit
  StrCpy $Mode ""
  StrCpy $ModeFixed 0
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/ALLUSERS" $R1
  ${IfNot} ${Errors}
    StrCpy $Mode "all"
  ${EndIf}
  ClearErrors
  ${GetOptions} $R0 "/CURRENTUSER" $R1
  ${IfNot} ${Errors}
    StrCpy $Mode "user"
  ${EndIf}
  ; An existing installation decides mode and folder (upgrade in place).
  ReadRegStr $R2 HKCU "${UNINST_KEY}" "InstallLocation"
  ReadRegStr $R3 HKLM "${UNINST_KEY}" "InstallLocation"
  ${If} $Mode == ""
    ${If} $R2 != ""
      StrCpy $Mode "user"
      StrCpy $ModeFixed 1
    ${ElseIf} $R3 != ""
      StrCpy $Mode "all"
      StrCpy $ModeFixed 1
    ${Else}
      StrCpy $Mode "user"
    ${EndIf}
  ${Else}
    StrCpy $ModeFixed 1
  ${EndIf}
  ; $INSTDIR is empty here unless /D= was given (there is no InstallDir default).
  StrCpy $Upgrade 0
  ${If} $INSTDIR == ""
    ${If} $Mode == "all"
    ${AndIf} $R3 != ""
      StrCpy $INSTDIR $R3
      StrCpy $Upgrade 1
    ${ElseIf} $Mode == "user"
    ${AndIf} $R2 != ""
      StrCpy $INSTDIR $R2
      StrCpy $Upgrade 1
    ${EndIf}
  ${EndIf}
  Call ApplyMode
  ${If} $ModeFixed == 1
  ${AndIf} $Mode == "all"
    Call Elevate
  ${EndIf}
FunctionEnd

Function ApplyMode
  ${If} $Mode == "all"
    SetShellVarContext all
    ${If} $INSTDIR == ""
    ${OrIf} $INSTDIR == "$LOCALAPPDATA\Programs\${APP}"
      StrCpy $INSTDIR "$PROGRAMFILES64\${APP}"
    ${EndIf}
  ${Else}
    SetShellVarContext current
    ${If} $INSTDIR == ""
    ${OrIf} $INSTDIR == "$PROGRAMFILES64\${APP}"
      StrCpy $INSTDIR "$LOCALAPPDATA\Programs\${APP}"
    ${EndIf}
  ${EndIf}
FunctionEnd

Function ModePage
  ${If} $ModeFixed == 1
    Abort
  ${EndIf}
  !insertmacro MUI_HEADER_TEXT "$(MODE_TITLE)" "$(MODE_SUBTITLE)"
  nsDialogs::Create 1018
  Pop $R0
  ${NSD_CreateRadioButton} 0 10u 100% 14u "$(MODE_USER)"
  Pop $ModeRadioUser
  ${NSD_CreateRadioButton} 0 30u 100% 24u "$(MODE_ALL)"
  Pop $ModeRadioAll
  ${NSD_CreateLabel} 0 70u 100% 30u "$(MODE_NOTE)"
  Pop $R0
  ${If} $Mode == "all"
    ${NSD_Check} $ModeRadioAll
  ${Else}
    ${NSD_Check} $ModeRadioUser
  ${EndIf}
  nsDialogs::Show
FunctionEnd

Function ModePageLeave
  ${NSD_GetState} $ModeRadioAll $R0
  ${If} $R0 == ${BST_CHECKED}
    StrCpy $Mode "all"
    Call Elevate
  ${Else}
    StrCpy $Mode "user"
  ${EndIf}
  Call ApplyMode
FunctionEnd

Function SkipDirectoryOnUpgrade
  ${If} $Upgrade == 1
    Abort
  ${EndIf}
FunctionEnd

Function RunApp
  ; Through Explorer, so an elevated (all-users) setup starts the app as the plain user.
  Exec '"$WINDIR\explorer.exe" "$INSTDIR\${EXE}"'
FunctionEnd

Section "-Program"
  Call CloseRunningApp
  SetOutPath "$INSTDIR"
  ; Upgrade: replace the program files only; the data folder is elsewhere.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  ClearErrors
  File /r "${PAYLOAD}/*"
  ${If} ${Errors}
    ; Never leave a half-replaced program behind a success exit code.
    Abort "$(FILES_LOCKED)"
  ${EndIf}

  ${If} $Mode == "all"
    WriteINIStr "$INSTDIR\${MARKER}" "install" "mode" "all-users"
  ${Else}
    WriteINIStr "$INSTDIR\${MARKER}" "install" "mode" "per-user"
  ${EndIf}
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"

  Call DataDir
  CreateDirectory "$R0"
  ${If} $Mode == "all"
    ; One shared database: every member of Users (by SID, so any Windows language) may
    ; modify the folder and what is created in it.
    nsExec::ExecToLog '"$SYSDIR\icacls.exe" "$R0" /grant *S-1-5-32-545:(OI)(CI)M /T /C /Q'
    Pop $R1
  ${EndIf}
  DetailPrint "Data: $R0"

  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0 \
    SW_SHOWNORMAL "" "$(SHORTCUT_DESC)"
  CreateShortcut "$DESKTOP\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0 \
    SW_SHOWNORMAL "" "$(SHORTCUT_DESC)"

  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayName" "${APP}"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINST_KEY}" "Publisher" "${ORG}"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
  WriteRegStr SHCTX "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINST_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}"'
  WriteRegStr SHCTX "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /S'
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $R1 $R2 $R3
  WriteRegDWORD SHCTX "${UNINST_KEY}" "EstimatedSize" $R1
SectionEnd

; --- Uninstaller ---------------------------------------------------------------------

Section "un.$(UN_PROGRAM)" SecUnProgram
  SectionIn RO
  Call un.CloseRunningApp
  ${If} $Mode == "all"
    SetShellVarContext all
  ${Else}
    SetShellVarContext current
  ${EndIf}
  Delete "$SMPROGRAMS\${APP}.lnk"
  Delete "$DESKTOP\${APP}.lnk"
  ; Only the program's own items, never RMDir /r $INSTDIR.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  Delete "$INSTDIR\${MARKER}"
  Delete "$INSTDIR\${UNINSTALLER}"
  RMDir "$INSTDIR"
  DeleteRegKey SHCTX "${UNINST_KEY}"
SectionEnd

Section /o "un.$(UN_DATA)" SecUnData
  Call un.DataDir
  ${If} $R0 != ""
  ${AndIf} ${FileExists} "$R0\*.*"
    RMDir /r "$R0"
    DetailPrint "$(DATA_PURGED) $R0"
  ${EndIf}
  ${If} $Mode == "all"
    RMDir "$APPDATA\${ORG}"
  ${Else}
    RMDir "$LOCALAPPDATA\${ORG}"
  ${EndIf}
  ; QSettings of the user running the uninstaller (HKCU\Software\<instansi>\Desk Pilkada).
  DeleteRegKey HKCU "${SETTINGS_KEY}"
  DeleteRegKey /ifempty HKCU "Software\${ORG}"
SectionEnd

Section "-un.Report"
  ${IfNot} ${SectionIsSelected} ${SecUnData}
    Call un.DataDir
    DetailPrint "$(DATA_KEPT) $R0"
  ${EndIf}
SectionEnd

!insertmacro HELPERS "un."

Function un.onInit
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/PURGEDATA" $R1
  ${IfNot} ${Errors}
    SectionSetFlags ${SecUnData} ${SF_SELECTED}
  ${EndIf}
  ReadINIStr $R0 "$INSTDIR\${MARKER}" "install" "mode"
  ${If} $R0 == "all-users"
    StrCpy $Mode "all"
    SetShellVarContext all
    Call un.Elevate
  ${Else}
    StrCpy $Mode "user"
    SetShellVarContext current
  ${EndIf}
FunctionEnd
