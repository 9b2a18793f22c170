// Spanish vocabulary of the checklist (see en.ts and ../README.md). Accents are optional: "sección"
// and "seccion" read the same.
import type { Lexicon } from './types';

export const es: Lexicon = {
  language: 'es',
  slots: {
    alumno: ['alumno(s)', 'alumna(s)', 'estudiante(s)', 'nino(s)', 'nina(s)', 'chico(s)', 'chica(s)'],
    persona: ['{alumno}', 'usuario(s)', 'usuaria(s)', 'maestro(s)', 'maestra(s)', 'profesor', 'profesores', 'profesora(s)', 'docente(s)', 'padre(s)', 'madre(s)', 'familia(s)', 'cuenta(s)'],
    hijo: ['hijo(s)', 'hija(s)', 'nieto', 'nieta'],
    grupo: ['clase(s)', 'grupo(s)', 'seccion', 'secciones', 'salon', 'salones', 'periodo(s)', 'hora'],
    lugar: ['escuela(s)', 'colegio(s)', 'distrito', 'campus', 'plantel(es)', 'prepa', 'secundaria', 'primaria', 'instituto', 'institucion'],
    clientes: ['cliente(s)', 'socio(s)', 'distritos'],
    sus: ['mi', 'mis', 'su', 'sus'],
    del: ['del', 'de la', 'de el', 'en el', 'en la', 'de los', 'de las'],
  },
  negators: ['no', 'ni', 'nunca', 'tampoco', 'sin'],
  placeholders: ['desconocido', 'ninguno', 'ninguna', 'nada', 'pendiente', 'por definir', 'no aplica', 'no se', 'solicitado', 'solicitada', 'se pidió', 'lo enviará', 'por confirmar'],
  signOffs: [['gracias/saludos/atentamente/cordialmente/atte', 'Gracias,'], ['un saludo', 'Un saludo,']],
  questionStarts: ['es', 'son', 'esta', 'estan', 'puede', 'pueden', 'podria', 'podrian', 'hay', 'han', 'ha', 'probaron', 'probaste', 'intentaron', 'cual', 'cuales', 'cuantos', 'cuantas', 'que', 'quien', 'donde', 'como'],
  scope: {
    stated: {
      user: [
        ['un/una solo/sola {persona}', 'Le pasa a un solo alumno.'],
        ['mi {hijo}', 'En el portal solo me aparece mi hija.'],
      ],
      class: [
        ['{sus} clase/clases/grupo/grupos/seccion/secciones/salon', 'Lo ven todos en mi clase.'],
        ['toda la clase/seccion', 'Le pasa a toda la clase.'],
        ['todo el grupo/salon', 'Todo el grupo lo ve.'],
        ['todos {sus} {alumno}', 'Todos mis alumnos lo ven.'],
        ['todos/todas los/las {alumno} de/en {sus}', 'Todos los alumnos de mi clase.'],
        ['una/un [sola/solo] clase/seccion/grupo', 'Solo en una sección.'],
      ],
      school: [
        ['toda la escuela/secundaria/primaria/prepa/institucion', 'Le pasa a toda la escuela.'],
        ['todo el colegio/distrito/campus/plantel', 'Todo el distrito tiene el error.'],
        ['todos los campus/planteles', 'Todos los campus salen con 0%.'],
        ['todas las escuelas', 'Todas las escuelas del distrito.'],
        ['ningun/ninguna/todos/todas [los/las] {persona} {del} {lugar}', 'Desde ayer ningún alumno del colegio puede entrar.'],
        ['todos/todas los/las *3 de la escuela/secundaria/primaria/prepa', 'Lo ven así todos los grupos de 7° de la escuela.'],
        ['todos/todas los/las grupos/maestros/maestras/docentes/padres *5 prepa/secundaria/primaria/escuela', 'Lo están viendo todos los grupos de tercer semestre de la prepa.'],
        ['otras *2 escuelas del distrito', 'Hablé con otras tres escuelas del distrito.'],
        ['muchas/muchos/varias/varios/todas/todos [las/los] {persona} {del} {lugar}', 'Muchas familias del distrito las necesitan así.'],
      ],
      all: [
        ['todos los clientes/socios/distritos', 'Les pasa a todos los clientes.'],
        ['varios/multiples/muchos distritos/clientes', 'Varios distritos lo reportan.'],
        ['a nivel global', 'Es un problema a nivel global.'],
      ],
    },
    only: {
      user: [
        ['solo/solamente/unicamente [a/en/para] un/una/el/ella/este/esta [solo/sola] {persona}', 'Es solo esta familia.'],
        ['solo/solamente/unicamente a el/ella', 'Le pasa solo a ella.'],
      ],
      class: [['solo/solamente/unicamente [a/en/para] la/el/su/mi/esta/este seccion/clase/grupo/salon', 'Afecta solo a la sección 3ro B.']],
      school: [],
      all: [],
    },
    named: [['grupo/seccion {any}', 'Los alumnos del grupo 2°B no lo ven.']],
    othersFine: {
      user: [
        ['los/las demas {persona}', 'Los demás padres sí pueden entrar.'],
        ['el resto de la clase', 'El resto de la clase está bien.'],
        ['nadie mas', 'Nadie más tiene el problema.'],
      ],
      class: [
        ['{sus} otros/otras grupos/clases/secciones', 'Mis otros grupos están bien.'],
        ['los otros/otras grupos/clases/secciones', 'Los otros grupos funcionan.'],
      ],
      school: [['otras escuelas/campus', 'Otras escuelas están bien.']],
    },
    vague: [['varios/varias/algunos/algunas/muchos/muchas {persona}', 'Varios alumnos lo reportan.']],
    unknown: [
      ['no se/sabemos/sabe cuantos/cuantas/si', 'No sé cuántos alumnos tienen el problema.'],
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
      ['cerramos/cerro/cerre sesion', 'Cerramos sesión y entramos de nuevo.'],
      ['cuenta de prueba', 'Reproducido con una cuenta de prueba.'],
      ['no pude/pudimos reproducir/reproducirlo/reproducirla', 'No pudimos reproducirlo.'],
      ['pude/pudimos reproducir/reproducirlo/reproducirla', 'Pudimos reproducirlo.'],
      ['reproducido/reproducida/replicado/replicada/reprodujimos/replicamos', 'Reproducido en la cuenta de prueba.'],
      ['vista de alumno/estudiante', 'Lo revisé también con la vista de alumno.'],
    ],
    attempts: [
      ['intente/intentamos/intento/probe/probamos/probo', 'Intenté otra vez y sale lo mismo.'],
      ['elimine/eliminamos/borre/borramos/cambie/cambiamos/volvi/volvimos', 'Volvimos a subirlo, mismo error.'],
    ],
    results: [
      ['mismo/misma/igual/sigue/siguen', 'Sale el mismo error.'],
      ['no funciono/sirvio/cambio', 'No funcionó.'],
      ['pasa lo mismo', 'Pasa lo mismo.'],
      ['todo esta bien', 'Todo está bien.'],
    ],
    plans: ['voy', 'vamos', 'va', 'puede', 'pueden', 'podria', 'podrian', 'favor'],
    intentions: [],
    vague: [['ya probamos todo', 'Ya probamos todo.']],
  },
  school: {
    suffixes: [],
    prefixes: ['Escuela', 'Escuela Primaria', 'Escuela Elemental', 'Escuela Secundaria', 'Colegio', 'Liceo', 'Instituto', 'Distrito Escolar', 'Primaria', 'Secundaria', 'Preparatoria', 'Secundaria Técnica'],
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
    beforeLogin: [
      ['{sus} usuario/correo/login [es]', 'Mi usuario es mbarrera.family@gmail.com.'],
      ['con usuario/correo', 'Por ejemplo, el estudiante con usuario jgarcia22.'],
      ['correo *2 es', 'El correo viejo es jlopez.casa@hotmail.com.'],
    ],
    beforeNumber: [['numero/numeros/num/matricula/id [de] [estudiante/estudiantes/alumno/alumna/alumnos/alumnas]', 'Números de alumna 3390121 y 3390122.']],
    beforeEmail: [['{persona} [es]', 'La maestra es lperez@escuela.edu.mx.']],
    asks: [['numero/id/usuario/correo [de] [estudiante/alumno/usuario]', '¿Nos puede decir el número de estudiante de su hijo?']],
  },
  steps: {
    actions: [
      ['entra/entro/entre/entramos/entran/entrar/ingresa/ingreso/ingrese/ingresar/ingresan', 'Cuando los alumnos entran con su cuenta no les aparece.'],
      ['inicia/inicio/inicie/iniciar/iniciamos sesion', 'Ella inicia sesión en el portal.'],
      ['hace/hizo/hice/hago/hacemos/hacer/da/dio/di/damos/dar clic/click', 'Luego hace clic en Entregar.'],
      ['abre/abrio/abri/abro/abrimos/abrir', 'El alumno abre la app.'],
      ['selecciona/selecciono/seleccione/seleccionar/elige/eligio/elegi/elegir', 'Después elige la prueba.'],
      ['escribe/escribio/escribi/escribir/guarda/guardo/guarde/guardar', 'Escribe la calificación y guarda.'],
      ['presiona/presiono/presione/pulsa/pulso/pulse/oprime/oprimio', 'Después pulsa Entregar.'],
      ['va/fue/fui/voy/vamos/ir a/al', 'Luego va a Tareas.'],
      ['sube/subio/subi/subir/descarga/descargo/descargar/envia/envio/envie/enviar', 'Sube el archivo.'],
      ['busca/busco/buscar/genera/genero/generar/exporta/exporto/exportar', 'Genera el reporte.'],
      ['da/dio/di/damos/dar/le play', 'Le da play al video.'],
    ],
    results: [
      ['sale/salio/aparece/aparecio/marca/marco/muestra/mostro', 'Le sale el mensaje "No hay estudiantes".'],
      ['se queda/quedo/traba/trabo/congela/congelo/cierra/cerro', 'Se queda la pantalla negra.'],
      ['no pasa nada', 'Hace clic y no pasa nada.'],
      ['no carga/cargan/abre/abren/guarda/funciona/responde/aparece/aparecen', 'Abren la lección 3 y el video no carga.'],
      ['se pone/puso en blanco/negro', 'Da clic en Entregar y se pone en blanco.'],
      ['da/dio/marca/marco error', 'Guarda y le marca error.'],
    ],
    screen: [
      ['pestana/pagina/boton/menu/enlace/curso/tarea/tareas/calificaciones/leccion/unidad/examen/portal/reporte/reportes/pantalla/app/plataforma', 'Abre la pestaña de tareas.'],
    ],
    openers: ['al', 'los', 'alumnos', 'maestros', 'yo', 'ella', 'el', 'ellos', 'nosotros', 'la', 'maestra', 'maestro', 'alumno', 'alumna', 'estudiante', 'primero', 'luego', 'despues', 'y', 'cuando', 'ya', 'entonces', 'se', 'le', 'lo'],
    joiners: ['y', 'luego', 'despues', 'pero', 'entonces'],
    when: [
      ['cuando', 'Cuando los alumnos abren la tarea sale un error.'],
      ['cada vez que', 'Cada vez que entra sale el error.'],
      ['al', 'Al hacer clic en el ícono sale un error.'],
      ['para verlo/reproducirlo', 'Para verlo: abran la Unidad 3.'],
      ['luego/despues', 'Abre la app, luego va a Tareas.'],
    ],
    instructions: [['{puede|pueden|vaya a|vayan a|lo encuentra en}', 'Vaya a Curso > Configuración > Copiar a otra sección.']],
    checks: [['revise/revisamos/reviso/verifique/verificamos/verifico/comprobamos', 'Revisé Configuración > Códigos.']],
  },
};
