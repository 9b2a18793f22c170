// Spanish vocabulary of the checklist (see en.ts and ../README.md). Accents are optional: "sección"
// and "seccion" read the same.
import type { Lexicon } from './types';

export const es: Lexicon = {
  language: 'es',
  slots: {
    alumno: ['alumno(s)', 'alumna(s)', 'estudiante(s)', 'nino(s)', 'nina(s)', 'chico(s)', 'chica(s)'],
    persona: ['{alumno}', 'usuario(s)', 'usuaria(s)', 'maestro(s)', 'maestra(s)', 'profesor', 'profesores', 'profesora(s)', 'docente(s)', 'padre(s)', 'madre(s)', 'mama', 'papa', 'tutor', 'tutora', 'familia(s)', 'cuenta(s)'],
    hijo: ['hijo(s)', 'hija(s)', 'nieto', 'nieta'],
    grupo: ['clase(s)', 'grupo(s)', 'seccion', 'secciones', 'salon', 'salones', 'periodo(s)', 'hora'],
    lugar: ['escuela(s)', 'colegio(s)', 'distrito', 'campus', 'plantel(es)', 'prepa', 'secundaria', 'primaria', 'instituto', 'institucion'],
    clientes: ['cliente(s)', 'socio(s)', 'distritos'],
    sus: ['mi', 'mis', 'su', 'sus'],
    del: ['del', 'de', 'de la', 'de el', 'en el', 'en la', 'de los', 'de las'],
    cuantos: ['{#}', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'ambos', 'ambas'],
  },
  negators: ['no', 'ni', 'nunca', 'tampoco', 'sin'],
  placeholders: ['desconocido', 'ninguno', 'ninguna', 'nada', 'pendiente', 'por definir', 'no aplica', 'no se', 'solicitado', 'solicitada', 'se pidió', 'lo enviará', 'por confirmar', 'no sé', 'no sabe', 'no sabemos', 'se preguntó', 'preguntado', 'lo va a enviar', 'lo confirma', 'lo confirmará', 'lo envío después', 'los envío después', 'ver lista', 'ver la lista', 'ver lista adjunta', 'ver adjunto', 'ver el adjunto', 'ver archivo adjunto'],
  placeholderOpeners: ['no lo tenia', 'no lo tenía', 'no se pregunto', 'no se preguntó', 'no pregunte', 'no pregunté'],
  signOffs: [['gracias/saludos/atentamente/cordialmente/atte', 'Gracias,'], ['un saludo', 'Un saludo,']],
  description: {
    vague: [
      'no', 'funciona', 'funcionan', 'sirve', 'ya', 'otra', 'vez', 'ayuda', 'ayudar', 'por', 'favor', 'porfa', 'urgente', 'hola', 'gracias',
      'roto', 'problema', 'problemas', 'el', 'la', 'los', 'las', 'mi', 'mis', 'es', 'esta', 'un', 'una', 'me', 'nos', 'de', 'con', 'en', 'que',
      'algo', 'nada', 'todo', 'ver', 'adjunto', 'adjunta', 'llamen', 'llamar', 'necesito', 'sigue', 'app', 'plataforma', 'sistema', 'portal',
      'calificaciones', 'cuenta', 'tarea', 'tareas', 'asunto', 'documento', 'detalles', 'buenos', 'buenas', 'dias', 'tardes', 'aplicacion',
    ],
    callback: [
      'llamar', 'llamarme', 'llamenme', 'llamen', 'llame', 'llamada', 'llamo', 'devolver', 'devolverme', 'regresar', 'regresen', 'numero', 'telefono',
      'celular', 'oficina', 'hasta', 'despues', 'antes', 'sobre', 'acerca', 'cuenta', 'tema', 'asunto', 'pregunta', 'manana', 'tarde', 'hoy',
      'alguien', 'puede', 'pueden', 'podrian', 'mensaje', 'disponible', 'pronto', 'posible', 'soy', 'habla', 'del', 'al', 'para', 'le', 'lo',
      // "Sr. Ramírez, padre de familia: llamo porque tengo un problema con la cuenta, regrésenme la llamada".
      'porque', 'tengo', 'tiene', 'regresenme', 'regresar', 'padre', 'madre', 'familia', 'sr', 'sra', 'senor', 'senora',
    ],
  },
  // Not "como se": "Como se borraron las tareas, ..." is "since".
  questionOpeners: ['como puedo', 'como podemos', 'como hago', 'como hacemos'],
  questionStarts: ['es', 'son', 'esta', 'estan', 'puede', 'pueden', 'podria', 'podrian', 'hay', 'han', 'ha', 'probaron', 'probaste', 'intentaron', 'cual', 'cuales', 'cuantos', 'cuantas', 'que', 'quien', 'donde', 'como'],
  scope: {
    stated: {
      user: [
        ['un/una solo/sola {persona}', 'Le pasa a un solo alumno.'],
        ['le pasa a un/una [solo/sola] {persona}', 'Nada más le pasa a una mamá.'],
        ['mi/mis {hijo}', 'Mis hijas estudian en la secundaria.'],
        ['mi cuenta dice/muestra/sigue/aparece/esta/está/tiene/no/se', 'Mi cuenta dice que tengo dos tareas pendientes.'],
        ['entrar/entro/ingresar a mi cuenta', 'No puedo entrar a mi cuenta desde ayer.'],
        ['mis {cuantos} {hijo}', 'Mis dos hijos tienen el mismo problema.'],
      ],
      class: [
        // Counted among one teacher's groups: "en 5 de mis 6 grupos".
        ['{#} de mis/sus [{#}] grupos/clases/secciones/salones', 'En 5 de mis 6 grupos, el de 6to B está bien.'],
        ['{sus} clase/clases/grupo/grupos/seccion/secciones/salon', 'Lo ven todos en mi clase.'],
        // A group by its code: "a todo 9°B le pasa, los de 9°A sí pudieron".
        ['a todo/toda [el/la] {#} *1 le/les pasa/ocurre/sucede', 'A todo 9°B le pasa, los de 9°A sí pudieron enviar ayer.'],
        ['toda la clase/seccion', 'Le pasa a toda la clase.'],
        ['todo el grupo/salon', 'Todo el grupo lo ve.'],
        ['todos {sus} {alumno}', 'Todos mis alumnos lo ven.'],
        ['mis alumnos/alumnas/estudiantes/ninos/ninas', 'Mis alumnos de 2°A todavía ven el mapa viejo.'],
        ['todos/todas los/las {alumno} de/en {sus}', 'Todos los alumnos de mi clase.'],
        ['una/un [sola/solo] clase/seccion/grupo', 'Solo en una sección.'],
        ['{sus} {cuantos} grupos/clases/secciones/salones', 'Les pasa a mis cuatro grupos de quinto semestre.'],
        ['los/las {#} de {sus} salon/grupo/clase', 'En los 15 de mi salón de 2°A.'],
        ['{#} de {sus} [{#}] {alumno}', '22 de mis 25 alumnos de 2oB terminaron el examen.'],
        ['todos/todas los/las del curso/grupo/salon', 'Pasa con todos los del curso desde ayer.'],
      ],
      school: [
        ['toda la escuela/secundaria/primaria/prepa/institucion', 'Le pasa a toda la escuela.'],
        ['todas las aulas/salones/clases de [la] primaria/secundaria/escuela/prepa', 'Todas las aulas de primaria, unas 15 aulas, ninguna funciona.'],
        ['ninguno/ninguna de los/las {cuantos} {persona} de la escuela/primaria/secundaria/prepa', 'Ramón, ninguno de los 25 maestros de la Escuela Primaria Hidalgo puede entrar desde esta mañana.'],
        // Said of whom it happens to (not "todo el centro de la pantalla", "activarlo para todo el centro").
        ['a todo el centro/instituto', 'Las notas no se ven. Le pasa a todo el instituto, todos los grupos.'],
        ['todo el colegio/distrito/campus/plantel', 'Todo el distrito tiene el error.'],
        ['todos los campus/planteles', 'Todos los campus salen con 0%.'],
        ['[en] los {cuantos} campus/planteles', 'Pasa en los tres planteles (Primaria, Secundaria y Preparatoria).'],
        ['todas las escuelas', 'Todas las escuelas del distrito.'],
        ['nuestras/nuestros {cuantos} escuelas/colegios/planteles/campus', 'Ningún padre de familia de nuestras 6 escuelas recibe notificaciones.'],
        ['{#} de nuestras/nuestros [{#}] escuelas/primarias/secundarias/preparatorias/colegios/planteles/campus', 'Son 6 de nuestras 23 primarias.'],
        ['todos/todas los/las maestros/maestras/docentes/profesores/profesoras', 'Todos los maestros están afectados.'],
        ['todas/las {cuantos} secciones {del} colegio/escuela/instituto', 'Pasa en las tres secciones del colegio.'],
        ['todo/toda el/la *1 grado', 'Es para todo el tercer grado, los 5 grupos.'],
        ['todos/todas los/las {persona} de *1 grado', 'Todos los padres de 2do grado reciben los mensajes sin acentos.'],
        ['ninguno/ninguna de nuestros/nuestras planteles/escuelas/campus/colegios/sedes', 'Ninguno de nuestros planteles puede cargar las clases.'],
        // A network's campuses, told of by its IT: "ninguna de sus 12 sedes puede iniciar sesión".
        ['ninguno/ninguna de sus [{#}] planteles/escuelas/campus/colegios/sedes [todavia/aun/ya] puede/pueden/pudo/pudieron/logra/logran/carga/cargan/entra/entran/ve/ven/recibe/reciben/funciona/funcionan', 'Desde las 8:00 ninguna de sus 12 sedes puede iniciar sesión con Microsoft.'],
        ['ningun/ninguna/todos/todas [los/las] {persona} {del} {lugar}', 'Desde ayer ningún alumno del colegio puede entrar.'],
        ['todos/todas los/las *3 de la escuela/secundaria/primaria/prepa', 'Lo ven así todos los grupos de 7° de la escuela.'],
        ['todos/todas los/las *3 del colegio/plantel/instituto', 'Le pasa con todos los boletines del colegio, de transición a once.'],
        // To whom it happens ("les pasa a"), not a plan or a request for them.
        ['ninguno/ninguna de sus [{#}] planteles/escuelas/campus/colegios/sedes esta/estan pudiendo', 'Según el director, ninguna de sus 4 sedes está pudiendo cargar calificaciones.'],
        ['pasa/pasó/ocurre a todos/todas los/las {alumno} de *2 año/grado del colegio/plantel/instituto', 'Les pasa a todos los alumnos de primer año del colegio (3 divisiones).'],
        ['todos/todas los/las *3 de nuestra/nuestro/esta/este escuela/colegio/primaria/secundaria/prepa/plantel/campus/distrito', 'Les pasa a todas las familias hispanohablantes de nuestra escuela, no solo a una.'],
        ['todos/todas los/las {persona} *3 de/en {Name}', 'Es para todos los alumnos ELL de Rosemont Middle.'],
        ['todos/todas los/las grupos/maestros/maestras/docentes/padres *5 prepa/secundaria/primaria/escuela', 'Lo están viendo todos los grupos de tercer semestre de la prepa.'],
        // Spain's stages: "con todos los grupos de la ESO, los 12".
        ['todos/todas los/las grupos/cursos/maestros/profesores de la eso/primaria/secundaria/bachillerato', 'Lo he mirado: con todos los grupos de la ESO, los 12.'],
        ['otras *2 escuelas del distrito', 'Hablé con otras tres escuelas del distrito.'],
        ['[las/los] {cuantos} escuelas/colegios/planteles/campus {del} distrito', 'Afecta a las 4 escuelas del distrito.'],
        // Where it happens, counted: "está pasando en las 3 secundarias del distrito".
        ['en las/los {cuantos} escuelas/secundarias/primarias/preparatorias/prepas/colegios/planteles/campus', 'Está pasando en las 3 secundarias del distrito (Berta Cabaza, Miller Jordan y Riverside).'],
        ['muchas/muchos/varias/varios/todas/todos [las/los] {persona} {del} {lugar}', 'Muchas familias del distrito las necesitan así.'],
      ],
      all: [
        ['todos los clientes/socios/distritos', 'Les pasa a todos los clientes.'],
        ['varios/multiples/muchos distritos/clientes', 'Varios distritos lo reportan.'],
        // Another customer with it too: "me confirmó la coordinadora del Colegio Americano (también son clientes de ustedes)".
        ['tambien son/es [su/sus] cliente/clientes [de ustedes]', 'Al Colegio Americano tampoco le carga (también son clientes de ustedes).'],
        ['a nivel global', 'Es un problema a nivel global.'],
        ['todos/todas los/las grupos/escuelas/colegios/distritos/maestros/maestras/docentes que usan el/este curso', 'Se ve así para todos los grupos que usan el curso.'],
      ],
    },
    only: {
      user: [
        ['solo/solamente/unicamente [a/en/para/de] un/una/el/la/al/ella/este/esta [solo/sola] {persona}', 'Se trata solamente de este alumno, Kevin Ortiz.'],
        ['solo/solamente/unicamente a el/ella', 'Le pasa solo a ella.'],
        ['es solo/solamente/unicamente ella', 'Es solo ella, los demás del salón entraron bien hoy.'],
        // Folded, "él" is "el": scope.ts keeps it only written "él" and closing its clause (not "es solo el 9-1").
        ['es solo/solamente/unicamente el', 'Es solo él; su hermana no usa la plataforma.'],
        ['solo/solamente/unicamente falta ella', 'Todos los demás ya están en el grupo, solo falta ella.'],
        ['solo/solamente/unicamente ella tiene/tenia el/ese/este problema/error', 'Solo ella tiene el problema.'],
        // An answer: "sí, solo ella" (not "solo ella puede cambiarlo", only she can).
        ['si , solo/solamente/unicamente ella', '¿Es solo esta alumna? Sí, solo ella.'],
        ['es nomas/solo/solamente el/la chiquito/chiquita/pequeno/pequena/menor/mayor/chico/chica', 'El grande ya lo tengo y ese sí funciona, es nomás el chiquito que entró a kínder.'],
        ['{nomas|nada mas|solo|solamente|unicamente} con el/la [mas] chiquito/chiquita/pequeno/pequena/menor/chico/chica', 'Nomás con la chiquita, con el mayor sí veo todo bien.'],
        ['solo/solamente/unicamente esos/estos/esas/estas [dos/tres/cuatro/cinco/2/3/4/5] alumnos/alumnas/estudiantes/ninos/ninas', 'Solo esos dos alumnos, los otros 24 están bien.'],
        ['solo/solamente/unicamente [para/a/con] esos/estos/esas/estas [dos/tres/cuatro/cinco/2/3/4/5] maestros/maestras/profesores/profesoras/profes/docentes/usuarios/padres/cuentas', 'Solo para esos dos maestros, los demás no necesitan cambios.'],
        ['solo/solamente/unicamente esos/estos/esas/estas dos/tres/cuatro/cinco/2/3/4/5', 'Sí, los otros 209 alumnos salieron bien, solo esos tres.'],
        // (Not "solo es este maestro el que puede cambiarlas": who may.)
        ['solo/solamente/unicamente es este/esta/esa/ese alumno/alumna/estudiante/familia/nino/nina', 'Solo es esta familia, tenemos otras 6 familias que se transfirieron en enero y todas pueden ver las calificaciones.'],
        ['{nomas|nada mas|solo|solamente} a mi [no]', 'Sí, a ellos sí les abre, nomás a mí no.'],
        // With the others named right after it (scope.ts: not hedged, "no creo que sea solo él, ..."): "es solo él,
        // los demás del salón entraron bien hoy"; not "solo yo puedo cambiarlo" (who may), "solo el lunes".
        ['solo/solamente/unicamente el/yo , los/las/mis/sus/otros/otras/todos/todas/nadie/su/mi', 'Es solo él, los demás del salón entraron bien hoy.'],
        // Closing its clause (scope.ts): not "solo yo tengo el error de la imagen adjunta".
        ['solo/solamente/unicamente yo/el tengo/tiene/tenia el/ese/este problema/error', 'Las maestras sí pueden, solo yo tengo el problema.'],
        ['solo/solamente/unicamente le/les pasa/ocurre/sucede a el/ella', 'Solo le pasa a ella, su hermano sí ve sus tareas.'],
        // Not "él": folded it is the article ("es solo el reporte ...").
        ['es solo/solamente/unicamente ella', 'Los demás niños del salón sí las ven sin problema, es solamente ella.'],
        ['solo/solamente/unicamente a/para mi', 'Es solo para mí: mi esposo ya los recibe en español.'],
        // "parece que solo me pasa a mí" (a hedge the writers still read as one user).
        ['solo/solamente/unicamente me pasa/ocurre/sucede a mi', 'Mi compañera de al lado subió uno igual ayer sin problema, parece que solo me pasa a mí.'],
        ['solo/solamente/unicamente con el/ella , los/las/mis/sus/otros/otras/todos/todas/nadie/su/mi', 'Es solo con él, los otros 3 alumnos con acomodo sí tienen el botón.'],
        ['solo/solamente/unicamente es el/ella , los/las/mis/sus/otros/otras/todos/todas/nadie/su/mi', 'Solo es él, los demás ya lo presentaron sin problema.'],
        ['solo/solamente/unicamente con ella', 'Es solo con ella, los demás sí lo ven.'],
        // Everyone but one: "a todos les llega menos a ella".
        // (What reaches the others, not what fails them: "a todos les falla menos a ella" is the others.)
        ['a todos/todas [sus] [compañeros/compañeras/alumnos/papas/padres] les/le llega/llegan/funciona/funcionan/abre/abren/aparece/aparecen/carga/cargan *3 menos/excepto/salvo a ella/mi', 'Mandamos los avisos desde Messages > New > SMS, a todos les llega menos a ella.'],
        // "solo yo no" (only I cannot), not "solo yo puedo" (only I can: the others cannot).
        ['solo/solamente/unicamente yo no', 'Mi esposo sí puede entrar con su cuenta, solo yo no.'],
        ['solo/solamente/unicamente [en/a/con] mi/su/esa/esta cuenta/usuario', 'Solo esa cuenta, las demás se quedan igual.'],
        ['solo/solamente/unicamente es la/el de {Name}', 'A su hija sí le aparece la boleta, solo es la de Daniel.'],
        ['solo/solamente/unicamente es mi/su cuenta/usuario', 'Todas entran bien, solo es mi cuenta.'],
        ['solo/solamente/unicamente [a] mi/su hijo/hija/niño/niña', 'Es solo su hijo, los compañeros sí pueden.'],
        ['solo/solamente/unicamente le/les pasa/ocurre/sucede a mi/su {hijo}', 'Que ella sepa, solo le pasa a su hija.'],
        ['{nada mas|nomas|nada mas que} [a] un/una [solo/sola] {persona}', 'Nada más a una alumna le pasa.'],
      ],
      class: [
        ['solo/solamente/unicamente [a/en/para] la/el/su/mi/esta/este seccion/clase/grupo/salon', 'Afecta solo a la sección 3ro B.'],
        // Not "este curso" alone: "este curso escolar" is the school year.
        ['solo/solamente/unicamente [a/en/para] ese/esa/mi/su curso/grupo/seccion/salon', 'Los de 4°A sí la ven sin problema, así que es solo ese curso.'],
      ],
      school: [['solo/solamente/unicamente [en/a/para] su/mi/nuestra/esta escuela/primaria/secundaria/prepa/plantel/campus', 'Solo en su escuela: la escuela de al lado sí tiene a sus alumnos nuevos.']],
      all: [],
    },
    named: [['grupo/seccion {any}', 'Los alumnos del grupo 2°B no lo ven.']],
    othersFine: {
      user: [
        ['los/las demas usuario(s)/usuaria(s)/maestro(s)/maestra(s)/profesores/profesora(s)/docente(s)/padre(s)/madre(s)/tutores/familia(s)/cuenta(s)', 'Los demás padres sí pueden entrar.'],
        ['nadie mas', 'Nadie más tiene el problema.'],
        ['los/las demas estan/andan bien/normal', 'Los demás están bien, solo él.'],
        ['mi esposo/esposa/marido/pareja', 'Solo yo: mi esposo sí puede entrar.'],
        // A note's third person: "Su esposa sí recibe los correos en su cuenta, así que parece que es sólo él".
        ['su esposo/esposa/marido/pareja si', 'Su esposa sí recibe los correos en su cuenta, así que parece que es sólo él.'],
      ],
      class: [
        ['{sus} otros/otras grupos/clases/secciones', 'Mis otros grupos están bien.'],
        ['los otros/otras grupos/clases/secciones', 'Los otros grupos funcionan.'],
      ],
      school: [['otras escuelas/campus', 'Otras escuelas están bien.']],
    },
    othersIfFine: {
      user: [
        ['los/las otros/otras [{#}] maestros/maestras/docentes/profesores/profesoras', 'Solo la maestra Paz. Los otros 3 maestros de Química sí ven el banco completo.'],
        ['mis/sus compañeros/compañeras/companeros/companeras', 'Mis compañeros entregaron bien.'],
      ],
      class: [['los/las otros/otras grados/niveles', 'Es solo 5to, los dos grupos; los otros grados entraron bien con las claves nuevas.']],
      school: [['las otras {#} escuelas/primarias/secundarias/preparatorias/planteles', 'Las otras 11 escuelas salen bien.']],
    },
    classmatesFine: [
      ['los/las demas {alumno}', 'Los demás niños del salón sí las ven sin problema.'],
      ['el resto de la clase', 'El resto de la clase está bien.'],
    ],
    classmatesIfFine: [
      ['su/mi hermana/hermano/hermanas/hermanos', 'Su hermana sí puede entrar bien.'],
      ['[los/las] otros/otras {#} {alumno}', 'Sí, otros 4 alumnos lo tienen y les funciona, solo él.'],
      ['el resto del grupo/salon/curso', 'Solo estos dos alumnos de 8vo B; el resto del grupo sí ve sus notas.'],
    ],
    // "Su hermana sí puede entrar", "mis compañeros sí pudieron": the emphatic "sí" before what the others can do.
    fine: ['bien', 'normal', 'normalmente', 'correctamente', 'sin problema', 'sin problemas', 'si puede', 'si pueden', 'si pudo', 'si pudieron', 'si funciona', 'si funcionan', 'le funciona', 'les funciona', 'le funciono', 'les funciono', 'si entra', 'si entran', 'si ve', 'si ven', 'si carga', 'si cargan', 'si recibe', 'si reciben', 'si lo ven', 'si la ven', 'si los ven', 'si las ven'],
    fineAfter: [],
    quantifiers: ['todos', 'todas', 'toda', 'todo', 'cada', 'solo', 'ningun', 'ninguno', 'ninguna', 'nadie', 'ambos', 'ambas'],
    vague: [
      ['varios/varias/algunos/algunas/muchos/muchas {persona}', 'Varios alumnos lo reportan.'],
      ['varios/varias/algunos/algunas/muchos/muchas de {sus} {persona}', 'Algunos de mis alumnos no ven la rúbrica.'],
    ],
    few: [],
    unknown: [
      // "No sé, no conozco a nadie más que lo esté usando": nobody else known, not nobody else has it.
      ['no conozco a nadie mas', 'No sé, no conozco a nadie más que lo esté usando.'],
      ['no se/sabemos/sabe cuantos/cuantas', 'No sé cuántos alumnos tienen el problema.'],
      // Whether others have it, not any "no sé si": "no sé si ya corrieron el sync" knows the class is hit.
      ['no se/sabemos/sabe si *3 otros/otras/demas/alguien/nadie/todo/toda/todos/todas/algunos/algunas/mas/solo/solamente/unico/unica/general/afecta/afectan/pasa/pasan', 'No sé si a otros maestros les pasa.'],
    ],
  },
  troubleshooting: {
    done: [
      ['borre/borramos/borraron/borro/limpie/limpiamos/limpiaron/limpio *2 cache/cookies/historial/datos', 'Ya borramos la caché.'],
      ['modo incognito', 'Probamos en modo incógnito.'],
      ['otro/otra/otros/otras navegador/navegadores/computadora/computadoras/dispositivo/dispositivos/celular/red', 'Probamos en otro navegador.'],
      ['probamos/intentamos/reiniciamos/verificamos/revisamos/comprobamos/reinstalamos/sincronizamos/probe/intente/revise/verifique', 'Revisamos la configuración.'],
      ['lo/la intentamos/intente/probamos/probe', 'Lo intentamos en la computadora de la casa.'],
      ['reiniciamos/reinicie/restablecimos/restableci la contrasena/sesion/cuenta', 'Le reiniciamos la contraseña.'],
      ['le/les resetee/reseteamos/reseteo/resetearon/restableci/restablecimos/cambie/cambiamos la/las clave/claves/contrasena/contrasenas', 'Le reseteé la clave a dos de ellos y tampoco pueden entrar.'],
      ['cerramos/cerro/cerre sesion', 'Cerramos sesión y entramos de nuevo.'],
      ['cuenta de prueba', 'Reproducido con una cuenta de prueba.'],
      ['{en casa|desde casa|de casa} tambien', 'Desde el ordenador de casa también falla.'],
      ['no pude/pudimos reproducir/reproducirlo/reproducirla', 'No pudimos reproducirlo.'],
      ['pude/pudimos reproducir/reproducirlo/reproducirla', 'Pudimos reproducirlo.'],
      ['reproducido/reproducida/replicado/replicada/reprodujimos/replicamos', 'Reproducido en la cuenta de prueba.'],
      ['vista de alumno/estudiante', 'Lo revisé también con la vista de alumno.'],
      ['les/le pedi *4 que lo/la/los/las cambiaran/cambiara/reiniciaran/reiniciara/borraran/borrara/instalaran/instalara', 'Les pedí a dos alumnos que lo cambiaran a inglés y ya les salen los botones.'],
      ['reinicie/reinicio/reiniciaron/reiniciamos *2 ipad/ipads/computadora/chromebook/app/aplicacion/navegador/equipo/dispositivo/celular/telefono/tableta/tablet/laptop', 'Ya reiniciaron la tableta y volvieron a entrar.'],
      ['volvi/volvimos/volvio/volvieron a instalar/descargar/subir/sincronizar/cargar', 'Ya borré la app y la volví a instalar, nada.'],
      // One's own redo ("ya volví a importar el archivo"), not a fault again ("la escuela volvió a enviar el aviso").
      ['volvi/volvimos a importar/enviar/publicar/asignar/generar/exportar/guardar', 'Ya volví a importar el archivo otra vez en la mañana y quedaron igual en blanco.'],
      ['corrio/corrimos/corri/corrieron/ejecuto/ejecutamos/ejecute/hizo/hicimos/hice *2 sincronizacion/sync manual', 'Ya corrió la sincronización manual dos veces desde el Admin Console.'],
    ],
    attempts: [
      ['intente/intentamos/intento/probe/probamos/probo', 'Intenté otra vez y sale lo mismo.'],
      ['ya lo hice/hicimos/intente/intentamos/probe/probamos', 'Ya lo hice y sigue igual.'],
      // "Tratar" for trying, as it is written without its accent: "ya trate en mi phone y en la compu".
      // (Not "ya traté de todo", vague, nor "ya trato de entrar todos los días", the problem.)
      ['ya trate/tratamos en/con', 'Ya trate en mi phone y en la compu de la biblioteca, lo mismo.'],
      // Sent again, already: "ya le mandamos el correo de restablecer contraseña 2 veces y dice que no le llega".
      ['ya le/les mandamos/mande/mando/mandaron/enviamos/envie/envio/enviaron/reenviamos/reenvie/reenvio *1 correo/correos/enlace/link/invitacion/codigo/mensaje/email/mail/clave/contrasena', 'Ya le mandamos el correo de restablecer contraseña desde la oficina 2 veces y dice que no le llega, ni en spam.'],
      ['he/hemos/ha/han probado/intentado/reiniciado/borrado/cambiado/revisado/reinstalado/subido/vuelto', 'Hemos probado con un archivo más pequeño y tampoco.'],
      ['elimine/eliminamos/borre/borramos/cambie/cambiamos/volvi/volvimos', 'Volvimos a subirlo, mismo error.'],
      // Looked at by who writes ("he mirado la versión en inglés"), not "los alumnos han mirado el video".
      ['he/hemos mirado', 'He mirado la versión en inglés del mismo curso y ahí está bien.'],
      ['ya fui/fuimos/entre/entramos/abri/abrimos/revise/revisamos', 'Ya fui a Asistencia y sale vacío.'],
      // A note's third person: "Ya revisó la carpeta de spam y no hay nada".
      // (Not "ya entró a su cuenta", "ya abrieron el examen", "ya fue inscrito": the problem or its background.)
      ['ya reviso/revisaron/busco/buscaron', 'Ya revisó la carpeta de spam y no hay nada.'],
      // Told to log out and in again: "ya les dije que cerraran sesión y volvieran a entrar y nada, sigue el mismo error".
      // (Not "le dije que cerrara el examen al terminar y ahora ...": how it came about.)
      ['les/le dije/pedi/indique que reiniciaran/reiniciara', 'Le dije que reiniciara la computadora y nada, sigue sin cargar la tarea.'],
      ['les/le dije/pedi/indique que *4 volvieran/volviera a entrar/intentar/abrir/cargar/iniciar', 'Ya les dije que cerraran sesión y volvieran a entrar y nada, sigue el mismo error.'],
      ['busque/buscamos/busco/buscaron', 'Ya busqué en el menú pero no encontré dónde.'],
      // Revoked or unlinked, and done again: "Su técnico ya revocó el acceso ... y lo volvió a autorizar ayer; sigue igual".
      ['ya revoco/revocaron/revoque/revocamos/desvinculo/desvincularon/desvincule/desvinculamos/desconecto/desconectaron/desconecte/desconectamos', 'Su técnico ya revocó el acceso de Brightpath en la consola de Google Admin y lo volvió a autorizar ayer en la tarde; sigue igual.'],
      ['lo/la/los/las volvio/volvieron a autorizar/vincular/conectar/instalar/subir/importar/sincronizar/asignar', 'Su técnico lo volvió a autorizar ayer en la tarde; sigue igual.'],
      // A smaller file made to get round it: "lo comprimí con ilovepdf, bajó a 12 MB ... pero no sirve".
      ['[lo/la/los/las] comprimi/comprimimos/comprimio/comprimieron/reduje/redujimos/redujo/converti/convertimos/convirtio', 'Lo comprimí con ilovepdf, bajó a 12 MB y así sí se subió, pero las imágenes quedan borrosas y no sirve.'],
      ['ya active/activamos/activo/activaron/desactive/desactivamos/desactivo las/los notificaciones/alertas/avisos', 'Ya activé las notificaciones en Ajustes del teléfono y en la app y no llega nada.'],
      // "darle a" un botón: clicked it.
 ['se la cambio/cambiaron/cambie/reseteo/resetearon/restablecio/restablecieron', 'Ayer la maestra se la cambió y sigue igual.'],
      // A new code or password to try: "la maestra me dio otro código ayer y pasa lo mismo con el nuevo".
      // (Not "la app me dio otro error", "la maestra nos mandó otro mensaje": the symptom, a message.)
      // Someone else's reset, told with what came of it: "la maestra le cambió la contraseña, pero sigue saliendo el mismo mensaje".
      ['{la maestra|el maestro|la profesora|el profesor|la escuela|la oficina|el tecnico} le/les cambio/restablecio/reseteo la/las clave/claves/contrasena/contrasenas', 'La maestra le cambió la contraseña el martes y le dio una nueva, pero sigue saliendo el mismo mensaje.'],
      ['me/nos/le dio/dieron/mando/mandaron/envio/enviaron/genero/generaron otro/otra/nuevo/nueva codigo/contrasena/clave/enlace/link/pin/usuario/acceso', 'La maestra me dio otro código ayer y pasa lo mismo con el nuevo.'],
      ['lo/la/los/las mande/envie/reenvie dos/tres/varias veces', 'Lo mandé dos veces, ayer y hoy, y le pedí a una mamá que revisara su correo no deseado, no hay nada.'],
      ['le/les di/dimos a *4 dos/tres/varias veces', 'Ya le di a "Sync roster" dos veces y nada, sigue vacío.'],
      ['le/les di/dimos reenviar/enviar/guardar/sincronizar/actualizar [otras] dos/tres/varias veces', 'Le di reenviar dos veces más y tampoco.'],
      // Someone made to do it again: "les pedí a dos de ellos que grabaran otra vez".
      ['les/le pedi *4 que *2 {otra vez|de nuevo}', 'Ayer les pedí a dos de ellos que grabaran otra vez y tampoco se guardó.'],
    ],
    results: [
      ['mismo/misma/igual/sigue/siguen', 'Sale el mismo error.'],
      ['no funciono/sirvio/cambio', 'No funcionó.'],
      ['pasa lo mismo', 'Pasa lo mismo.'],
      ['todo esta bien', 'Todo está bien.'],
      ['{ahi|alli|ahi si|alli si} esta/estan bien', 'He mirado la versión en inglés del mismo curso y ahí está bien.'],
      ['desde el/la/otro/otra/su/mi *2 funciona/funcionan', 'Lo hemos probado con tres alumnos y desde el ordenador funciona.'],
      // The emphatic "sí" of what works where the rest fails: "probó con el Periodo 2 y sí funciona".
      ['si funciona/funcionan', 'Probó con el Periodo 2 y la exportación sí funciona; solo falla el Periodo 3.'],
      ['nada/tampoco', 'Lo abrí desde el celular y tampoco se ve.'],
      ['no hay nada/ninguno/ninguna', 'Ya revisó la carpeta de spam y no hay nada.'],
      ['no le/les/me/nos aparece/aparecen/sale/salen', 'Intentó hacerlo ella en Administración > Usuarios pero el botón "Desactivar" no le aparece.'],
      ['no llega/llegan/llego/aparece/aparecen/sale/salen nada', 'Ya activé las notificaciones en la app y no llega nada.'],
      ['solo aparece/aparecen/sale/salen/muestra/muestran', "Busqué en Configuración > Calificaciones y solo aparece la opción 'Puntos totales'."],
      ['vacio/vacia/vacios/vacias/blanco', 'Ya fui a Asistencia y sale vacío.'],
      ['no encontre/encontramos/encontro/encuentro/aparece/sale', 'Ya busqué en el menú pero no encontré dónde.'],
      ['no me/le/les/nos llega/llegan/llego/llegaron', 'Ya le di a olvidé mi contraseña dos veces y no me llega ningún correo.'],
      ['se congela/traba/cierra', 'Ya reiniciaron la tableta y se congela en el mismo lugar.'],
      ['aun asi no/sigue/siguen', 'Reduje el archivo a 5 MB y aun así no se sube.'],
      ['en ninguno/ninguna [de los dos/de las dos] sale/funciona/aparece/carga/abre', 'He probado desde el móvil y desde el ordenador del cole y en ninguno sale.'],
      ['no sirve/sirven', 'Lo comprimí con ilovepdf, bajó a 12 MB y así sí se subió, pero las imágenes quedan borrosas y no sirve.'],
      // It happened again after the try: "volvimos a vincular al papá ... y esta mañana le volvió a llegar una notificación del otro alumno".
      ['volvio/volvieron a llegar/pasar/aparecer/salir/fallar', 'Ya desvinculamos y volvimos a vincular al papá, y esta mañana le volvió a llegar una notificación del otro alumno.'],
    ],
    outcomes: [
      ['sigue/siguen igual', 'Desconectamos el módem y lo volvimos a conectar, sigue igual.'],
      ['{lo mismo|el mismo|la misma}', 'Cambiamos el cable y pasa lo mismo.'],
      ['no funciono/sirvio/cambio/ayudo', 'Le cambiamos el teclado; no sirvió.'],
      ['sin cambios', 'Desinstalamos la extensión, sin cambios.'],
      ['ahi/alli si funciona/funciono/carga/cargo', 'Usó el celular de su mamá y ahí sí funcionó.'],
      ['sigue/siguen/continua/continuan vacio/vacia/vacios/vacias/fallando/apareciendo/saliendo/bloqueado/bloqueada/cerrado/cerrada/mal', 'Les pedí que cerraran sesión y volvieran a entrar. Sigue vacía.'],
      ['sigue/siguen/continua/continuan sin funcionar/cargar/aparecer/entrar', 'Reinstalamos la app y sigue sin cargar.'],
      ['sigue/siguen en blanco', 'Cambiamos de navegador y sigue en blanco.'],
      ['mismo error/mensaje/problema/resultado', 'Borré el caché, mismo error.'],
      ['no se arreglo/resolvio/soluciono/corrigio', 'Reinstalamos la app y no se arregló.'],
      ['volvio/volvieron a aparecer/pasar/salir/fallar', 'Borré la cuenta duplicada y volvió a aparecer.'],
      ['todavia/aun no carga/funciona/aparece/sale/entra', 'Reinicié la tableta y todavía no carga.'],
      ['tampoco funciona/funciono/sirve/sirvio/carga/cargo/sale/salio/entra/entro', 'Generamos un código nuevo desde Administración y tampoco funciona.'],
    ],
    commands: ['prueba', 'borra', 'limpia', 'reinicia', 'intenta', 'cierra', 'revisa', 'desinstala', 'actualiza'],
    plans: ['voy', 'vamos', 'va', 'puede', 'pueden', 'podria', 'podrian', 'favor'],
    // "ok ahorita lo intento": in a moment, a plan.
    futures: ['voy', 'vamos', 'van', 'va', 'mañana', 'manana', 'pensamos', 'planeamos', 'ahorita'],
    advice: ['sugeri', 'sugerimos', 'recomende', 'recomendamos', 'luego', 'manana', 'mañana', 'ahorita', 'tarde'],
    intentions: [],
    vague: [['ya probamos todo', 'Ya probamos todo.']],
    nothing: [
      ['no ha/han/hemos/he intentado/probado/hecho nada', 'Todavía no ha intentado nada.'],
      ['no intento/intentamos/probo/probamos/probe/intente nada', 'No probé nada todavía.'],
      // "lo intento luego": trying it is for later.
      ['lo/la intento/intentamos/pruebo/probamos/hago/hacemos luego/despues/mañana/manana', 'Ok lo intento luego, ahorita estoy en el trabajo.'],
    ],
  },
  school: {
    suffixes: [],
    typedSuffixes: [],
    typedSuffixesAfter: [],
    typedAfter: [],
    prefixes: ['Escuela', 'Escuela Primaria', 'Colegios', 'Escuela Elemental', 'Escuela Intermedia', 'Escuela Secundaria', 'Colegio', 'Liceo', 'Instituto', 'Distrito Escolar', 'Distrito', 'Primaria', 'Secundaria', 'Preparatoria', 'Secundaria Técnica', 'Academia',
      // Spain's secondary (IES) and primary (CEIP) schools.
      'IES', 'CEIP',
      // Colombia's public schools.
      'Institución Educativa', 'Institucion Educativa', 'I.E. San', 'I.E. Santa', 'I.E. Santo'],
    saints: [],
  },
  course: {
    locators: ['leccion', 'lección', 'lecciones', 'unidad', 'unidades', 'modulo', 'módulo', 'capitulo', 'capítulo', 'tema', 'examen', 'prueba', 'diapositiva', 'actividad', 'pagina', 'página'],
    courseWords: ['curso', 'curso es', 'curso llamado', 'materia', 'clase de'],
    intros: ['en', 'de', 'del'],
    subjects: [
      'Matemáticas', 'Matematicas', 'Álgebra', 'Algebra', 'Geometría', 'Geometria', 'Cálculo', 'Biología', 'Biologia', 'Química', 'Quimica',
      'Física', 'Fisica', 'Ciencias', 'Historia', 'Inglés', 'Ingles', 'Español', 'Lengua', 'Literatura', 'Geografía', 'Arte', 'Música',
    ],
  },
  userIds: {
    notLogins: ['no', 'el', 'la', 'mi', 'su', 'correcto', 'incorrecto', 'bloqueado', 'bloqueada', 'invalido', 'igual', 'mismo', 'todavia', 'pendiente', 'encontrado'],
    beforeLogin: [
      ['{sus} usuario/correo/login [es]', 'Mi usuario es mbarrera.family@gmail.com.'],
      ['con usuario/correo', 'Por ejemplo, el estudiante con usuario jgarcia22.'],
      ['usuario', 'ID de usuario afectado: maestra, usuario lhernandez_mh.'],
      ['correo *2 es', 'El correo viejo es jlopez.casa@hotmail.com.'],
      ['correo/usuario registrado *3 es', 'Mi correo registrado en la plataforma es rosa.mtz@yahoo.com.'],
      ['un/una alumno/alumna/estudiante', 'Un alumno: sofia.mtz.5a.'],
    ],
    beforeNumber: [
      ['numero/numeros/num/matricula/id [de] [estudiante/estudiantes/alumno/alumna/alumnos/alumnas]', 'Números de alumna 3390121 y 3390122.'],
      ['numero/num de almuerzo/comedor', 'Solo tenía el número de almuerzo: 55821.'],
      ['id/numero de encargado/encargada/padre/madre/tutor/tutora/acudiente', 'Un padre que me llamó: ID de encargado G-778213.'],
    ],
    beforeEmail: [['{persona} [es]', 'La maestra es lperez@escuela.edu.mx.']],
    asks: [['numero/id/usuario/correo [de] [estudiante/alumno/usuario]', '¿Nos puede decir el número de estudiante de su hijo?']],
    ownAddress: [
      ['el mismo de este/esta mensaje/chat/correo/conversacion', 'Mi correo de acceso es el mismo de este mensaje.'],
      ['este mismo con el que estoy escribiendo', 'Con este mismo con el que estoy escribiendo.'],
      ['el mismo con el que escribo/estoy/le/les', 'Es el mismo con el que les escribo.'],
      ['es mi cuenta/correo/usuario', 'rosa.mtz@yahoo.com, es mi cuenta.'],
      ['cuenta [de la] [app/aplicacion/plataforma] es este mismo correo', 'La cuenta de la app es este mismo correo, araceli.lopez.h@hotmail.com.'],
      ['mi usuario/login/cuenta es mi correo', 'Mi usuario es mi correo: mgarcia.padre@gmail.com (es mi cuenta la que no funciona).'],
      ['con el que me registre/registro/registramos', 'Pongo mi correo (es este mismo, maria.lopez.r84@gmail.com, con el que me registré) y mi contraseña.'],
    ],
  },
  steps: {
    actions: [
      ['entra/entro/entre/entramos/entran/entrar/ingresa/ingreso/ingrese/ingresar/ingresan', 'Cuando los alumnos entran con su cuenta no les aparece.'],
      ['inicia/inicio/inicie/iniciar/iniciamos sesion', 'Ella inicia sesión en el portal.'],
      ['hace/hacen/hizo/hice/hago/hacemos/hacer/haces/da/dan/dio/di/doy/das/damos/dar clic/click', 'Luego hace clic en Entregar.'],
      ['abre/abrio/abri/abro/abrimos/abrir/abren/abrieron', 'El alumno abre la app.'],
      ['selecciona/seleccionan/seleccionamos/selecciono/seleccione/seleccionar/elige/eligen/elegimos/eligio/elegi/elegir', 'Después elige la prueba.'],
      ['asigna/asignan/asigno/asigne/asignamos/asignar/publica/publican/publico/publique/publicamos/publicar/programo/programe/programamos/programar', 'Lo asigné a mis grupos y guardé, y en la vista de alumno no aparece.'],
      ['escribe/escribio/escribi/escribir/guarda/guardo/guarde/guardar', 'Escribe la calificación y guarda.'],
      // "escribo el ensayo", not the letter's "le escribo porque ..." or "le escribo el presente correo".
      ['escribo/escriben/escribimos el/mi/su/la ensayo/texto/trabajo/respuesta/tarea/comentario/mensaje', 'Escribo el ensayo en la tarea de Historia, le doy a Entregar y no hace nada.'],
      ['escribo/escriben/escribimos todo', 'Abro el assignment de English, escribo todo, le pico Submit y no hace nada.'],
      ['presiona/presionan/presiono/presione/presionar/presionas/pulsa/pulsan/pulso/pulse/pulsar/pulsas/oprime/oprimen/oprimio/oprimir/oprimes', 'Después pulsa Entregar.'],
      ['va/van/fue/fueron/fui/voy/vamos/ir a/al', 'Luego va a Tareas.'],
      ['llena/llenan/llene/llenamos/llenaron/llenar', 'Van a Tareas > Nueva tarea, llenan todo y dan clic en Publicar.'],
      // "Lo creé" (not "creo que": I think).
      ['lo/la/los/las cree/creo/crea/crean/creamos/crearon', 'Lo creé, le puse fecha de hoy y le di Publicar.'],
      ['le di/dio/doy/da/dan/damos/dieron publicar/guardar/entregar/enviar/iniciar/aceptar/empezar/entrar/ingresar/continuar/siguiente/adjuntar/subir/compartir/descargar/exportar/imprimir/grabar/sincronizar/calificar/confirmar/eliminar/borrar', 'Lo creé, le puse fecha de hoy y le di Publicar.'],
      ['toma/toman/tomo/tome/tomamos/tomar la/una/el/un foto/fotos/captura/video/imagen', 'Toman la foto en la app, le dan Adjuntar, luego Entregar, y se queda en "Subiendo…" para siempre.'],
      ['sube/subo/suben/subio/subi/subir/descarga/descargo/descargar/descargue/descargamos/descargaron/envia/envio/envie/enviar', 'Subo mi archivo de Word y le doy a Entregar.'],
      ['le doy/da/dan/damos/dio/di a/al', 'Le doy a Entregar y dice que el archivo es demasiado grande.'],
      ['escanea/escaneo/escanean/escaneamos/escanear', 'La niña escanea el código en el iPad y sale "Badge inactive".'],
      ['capturo/captura/capturan/capture/capturamos/capturar/contestas/contesta/contesto/conteste/respondes/responde/recargo/recarga/recargue/recargamos/recargar/refresca/refresco/refresque/refrescan/refrescamos/refrescar', 'Cuando capturo las calificaciones y le doy clic en Guardar, en cuanto recargo la página se borran.'],
      ['creo/crea/crean/cree/creamos/crear una/un', 'Creo una tarea y le pongo fecha de entrega.'],
      ['pongo/pone/ponen/puse/puso/ponemos/pusimos/pusieron/poner', 'Le pongo fecha de entrega 14 de marzo.'],
      // Registered in the SIS, then the sync waited for: "los dimos de alta en el SIS el lunes ... esperamos la sincronización de la noche".
      ['lo/la/los/las di/dio/dimos/dieron/damos de alta', 'A los dos alumnos nuevos los dimos de alta en el SIS el lunes y los pusimos en 3B.'],
      ['espere/esperamos/espero/esperaron [a] la sincronizacion', 'Esperamos la sincronización de la noche y hoy no aparecen en la lista.'],
      ['busca/busco/buscar/genera/genero/generar/exporta/exporto/exportar', 'Genera el reporte.'],
      ['da/dan/dio/di/damos/dar/le play', 'Le da play al video.'],
      ['toca/tocan/toco/toque/tocar/tocamos', 'Los niños tocan el micrófono y sale un error.'],
      ['le pica/pican/pico/pique/picamos a', 'Le pica a la tarea y sale una pantalla gris.'],
      ['registre/registro/registramos/registrar/registra/inscribi/inscribio/inscribimos', 'Me registré en el portal de padres con el código, pero no aparece mi hijo.'],
      ['cierro/cierra/cierran/cerre/cerramos la/el app/aplicacion/pestana/navegador/sesion', 'Cambio el idioma a Español en Configuración > Idioma, cierro la app y cuando la vuelvo a abrir ya está otra vez en inglés.'],
    ],
    results: [
      ['sale/salio/aparece/aparecio/marca/marco/muestra/mostro/dice/dijo/salen/aparecen/muestran/dicen', 'Le sale el mensaje "No hay estudiantes".'],
      ['se queda/quedo/traba/trabo/congela/congelo/cierra/cerro', 'Se queda la pantalla negra.'],
      ['vuelve/vuelven/volvio/volvieron a salir/aparecer', 'Da Guardar, refresca la página y vuelven a salir vacías.'],
      // (What it shows again: not "está otra vez igual", the same after a try.)
      ['{ya esta|esta|sale|aparece} otra vez en', 'Cierro la app y cuando la vuelvo a abrir ya está otra vez en inglés.'],
      ['se borra/borran/borro/borraron', 'En cuanto recargo la página se borran.'],
      ['me/le/nos pide/pidio/piden/pidieron', 'Pongo mi correo y contraseña, le doy a Entrar, y me pide un código de verificación.'],
      ['me/le/nos tira/tiro/tiran', 'Toqué los tres puntitos > Duplicar y me tira "No tenés permiso para duplicar esta clase".'],
      ['no pasa nada', 'Hace clic y no pasa nada.'],
      ['no se oye/escucha/ve', 'Los niños abren la lección, presionan el botón de la bocina y no se oye nada.'],
      ['no carga/cargan/abre/abren/guarda/funciona/responde/aparece/aparecen', 'Abren la lección 3 y el video no carga.'],
      ['solo/solamente me/nos/le deja/dejan/permite imprimir/ver/descargar/guardar/exportar/elegir/seleccionar/abrir', 'Voy a Calificaciones > 2ª evaluación y solo me deja imprimir, no veo por ningún lado la opción de Exportar.'],
      ['no veo/vemos/ve/ven *2 boton/opcion/menu/pestana', 'Entro a Calificaciones y no veo ningún botón de exportar.'],
      ['se pone/puso en blanco/negro', 'Da clic en Entregar y se pone en blanco.'],
      ['da/dio/marca/marco error', 'Guarda y le marca error.'],
    ],
    screen: [
      ['pestana/pagina/boton/menu/enlace/curso/tarea/tareas/calificaciones/leccion/unidad/examen/portal/reporte/reportes/pantalla/app/aplicacion/plataforma', 'Abre la pestaña de tareas.'],
    ],
    openers: ['me', 'nos', 'intenta', 'intentan', 'intento', 'intente', 'intentamos', 'trato', 'tratamos', 'trata', 'tratan', 'quiere', 'quieren', 'ninos', 'ninas', 'chicos', 'al', 'los', 'alumnos', 'maestros', 'yo', 'ella', 'el', 'ellos', 'nosotros', 'la', 'maestra', 'maestro', 'alumno', 'alumna', 'estudiante', 'primero', 'luego', 'despues', 'y', 'cuando', 'ya', 'entonces', 'se', 'le', 'lo'],
    joiners: ['y', 'luego', 'despues', 'pero', 'entonces'],
    when: [
      ['cuando', 'Cuando los alumnos abren la tarea sale un error.'],
      ['cada vez que', 'Cada vez que entra sale el error.'],
      ['al', 'Al hacer clic en el ícono sale un error.'],
      ['para verlo/verla/verlos/verlas/reproducirlo/reproducirla', 'Para verlo: abran la Unidad 3.'],
      ['en cuanto/apenas', 'En cuanto abre el enlace dice que expiró.'],
      ['luego/despues', 'Abre la app, luego va a Tareas.'],
    ],
    instructions: [['{puede|pueden|vaya a|vayan a|lo encuentra en}', 'Vaya a Curso > Configuración > Copiar a otra sección.']],
    pointers: [['le/les dije/pedi/indique/recomende que', 'Le dije que entrara a Configuración > Sincronizar > Ejecutar.']],
    checks: [['revise/revisamos/reviso/verifique/verificamos/verifico/comprobamos', 'Revisé Configuración > Códigos.']],
    wishes: [
      ['{nos gustaria|me gustaria|quisieramos|quisiera|queremos que|quiero que}', 'Queremos que los maestros puedan exportar el reporte y enviarlo a los padres.'],
      ['{hay forma de|hay manera de|se puede}', 'Se puede configurar para que los padres entren al portal y vean las calificaciones.'],
    ],
  },
};
