export const errors = {
  'errors.title': 'Impossible d’ouvrir cette séance',
  'errors.input.invalid': 'La demande n’est pas valide. Rien n’a été modifié.',
  'errors.call.unknown': 'Cette action n’existe pas dans cette version d’Atelier.',
  'errors.internal': 'Une erreur inattendue s’est produite. Rien n’a été perdu\u00a0; réessayez.',
  'errors.library.notFound': 'Le dossier des séances est introuvable\u00a0: {path}.',
  'errors.library.folderUnusable':
    'Impossible d’utiliser ce dossier pour les séances\u00a0: {path}.',
  'errors.library.trashNotFound': 'Cette séance n’est plus dans la corbeille.',
  'errors.session.notFound':
    'Cette séance est introuvable. A-t-elle été déplacée ou supprimée\u00a0?',
  'errors.session.notJson':
    'Le fichier de cette séance est endommagé (ce n’est plus un fichier Atelier lisible). Il n’a pas été modifié.',
  'errors.session.truncated':
    'Le fichier de cette séance est incomplet, sans doute coupé lors d’un arrêt brutal. Il n’a pas été modifié.',
  'errors.session.invalid':
    'Le fichier de cette séance contient des données incohérentes. Il n’a pas été modifié.',
  'errors.session.newerSchema':
    'Cette séance a été enregistrée par une version plus récente d’Atelier. Pour ne rien abîmer, elle ne peut être ouverte qu’en lecture seule.',
  'errors.session.locked':
    'Cette séance est déjà ouverte dans une autre fenêtre ou un autre Atelier ({owner}). Fermez-la là-bas, ou ouvrez-la ici en lecture seule.',
  'errors.session.readOnly': 'Cette séance est ouverte en lecture seule.',
  'errors.session.notOpen':
    'Cette séance n’est plus ouverte. Rouvrez-la depuis «\u00a0Mes séances\u00a0».',
  'errors.session.noBackup': 'Aucune sauvegarde valide n’a été trouvée pour cette séance.',
  'errors.session.writeFailed':
    'Impossible d’enregistrer sur le disque ({reason}). Vos modifications sont gardées en mémoire\u00a0; libérez de la place ou vérifiez le dossier.',
  'errors.template.notFound': 'Ce modèle de séance est introuvable.',
  'errors.platform.unsupported': 'Cette action n’est possible que dans l’application de bureau.',
  'errors.projector.blocked':
    'Le navigateur a bloqué l’onglet de l’affichage pour la salle. Autorisez les fenêtres surgissantes pour Atelier, puis réessayez.',
  'errors.import.tooLarge':
    'Ce fichier est trop volumineux pour une liste d’inscrits ({sizeMb}\u00a0Mo, {maxMb}\u00a0Mo au plus). Rien n’a été importé.',
  'errors.import.empty': 'Ce fichier est vide. Rien n’a été importé.',
  'errors.import.notATable':
    'Ce fichier n’est pas un tableau d’inscrits lisible. Choisissez un fichier CSV ou Excel (.xlsx). Rien n’a été importé.',
  'errors.import.oldExcelFormat':
    'Les classeurs Excel 97-2003 (.xls) ne sont pas pris en charge. Enregistrez-le au format .xlsx ou CSV, puis réessayez. Rien n’a été importé.',
  'errors.import.unreadableEncoding':
    'Le texte de ce fichier est illisible (encodage non reconnu). Dans Excel, enregistrez-le en «\u00a0CSV UTF-8\u00a0», puis réessayez. Rien n’a été importé.',
  'errors.import.unclosedQuote':
    'Un guillemet ouvert ligne {line} n’est jamais refermé\u00a0: la suite du fichier serait mal lue. Corrigez cette ligne, puis réessayez. Rien n’a été importé.',
  'errors.import.headerOnly':
    'Ce fichier ne contient que la ligne d’en-têtes, sans aucun inscrit. Rien n’a été importé.',
  'errors.import.fileUnreadable': 'Impossible de lire le fichier «\u00a0{path}\u00a0» ({reason}).',
  'errors.export.writeFailed':
    'Impossible d’écrire le document dans {path} ({reason}). Choisissez un autre dossier ou libérez de la place.',
  'errors.media.tooLarge':
    'Cette photo est trop lourde ({sizeMb}\u00a0Mo, {maxMb}\u00a0Mo au plus). Envoyez-la en taille réduite depuis le téléphone, ou faites une capture d’écran. Rien n’a été ajouté.',
  'errors.media.notAnImage':
    '«\u00a0{file}\u00a0» n’est pas une photo. Choisissez une image JPEG, PNG ou HEIC. Rien n’a été ajouté.',
  'errors.media.heicUnsupported':
    'La photo «\u00a0{file}\u00a0» est au format HEIC (iPhone), que cet ordinateur ne sait pas afficher. Sur l’iPhone, partagez-la en JPEG («\u00a0Le plus compatible\u00a0» dans Réglages › Appareil photo › Formats), puis réessayez. Rien n’a été ajouté.',
  'errors.media.undecodable':
    'La photo «\u00a0{file}\u00a0» est illisible (fichier abîmé ou incomplet). Rien n’a été ajouté.',
  'errors.media.notFound':
    'Le fichier de cette photo est introuvable dans le dossier «\u00a0media\u00a0» de la séance.',
  'errors.media.writeFailed':
    'Impossible d’enregistrer la photo dans le dossier de la séance ({reason}). Libérez de la place ou vérifiez le dossier, puis réessayez.',
  'errors.logo.notAnImage':
    'Ce fichier n’est pas une image PNG ou JPEG. Enregistrez le logo dans l’un de ces formats. Le logo n’a pas changé.',
  'errors.logo.tooLarge':
    'Ce logo est trop lourd ({sizeMb}\u00a0Mo, {maxMb}\u00a0Mo au plus). Une image de 1\u00a0000 pixels de large suffit. Le logo n’a pas changé.',
  'errors.method.notFound': 'Cette méthode est introuvable dans la bibliothèque.',
  'errors.method.builtin':
    'Les méthodes fournies avec Atelier ne se modifient pas. Enregistrez une méthode personnelle à partir de votre programme.',
  'errors.method.damaged':
    'Le fichier de cette méthode, dans le dossier «\u00a0.methods\u00a0» de la bibliothèque, est illisible\u00a0: il est laissé tel quel. Enregistrez la méthode sous un autre nom.',
  'errors.method.writeFailed':
    'Impossible d’enregistrer la méthode dans la bibliothèque ({reason}). Vérifiez le dossier, puis réessayez.',
  'errors.action.restoreBackup': 'Restaurer la sauvegarde du {when}',
  'errors.action.openReadOnly': 'Ouvrir en lecture seule',
  'errors.action.backToLibrary': 'Retour à mes séances',
  'errors.action.retry': 'Réessayer',
  'errors.damagedKept': 'Le fichier endommagé est conservé à côté de la séance sous le nom {file}.',
} as const;
