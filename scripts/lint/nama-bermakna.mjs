// @ts-check
// The project's naming rule (ARCHITECTURE.md, "Naming"): no single-letter names outside tiny lambdas.
// A name is reported where it is bound: a variable (destructuring included, and so `for`, `for…of` and
// `for…in`), a function's or method's parameter, a `catch` parameter, a function's or class's own name.
// Allowed: `_` (an unused marker; `_x` is two letters already) and the parameters of a tiny lambda, an
// arrow function whose body is an expression (`xs.map((x) => x.id)`, `sort((a, b) => a - b)`).
// Type parameters (`<T>`) are types, not names of things, and are left alone.

/** @typedef {import('eslint').Rule.RuleModule} RuleModule */
/** @typedef {import('estree').Node} Simpul */

/**
 * The identifiers a binding pattern binds: `a`, `{ a, b: c }`, `[a, ...b]`, `a = 1`, and a
 * TypeScript constructor's parameter property (`private a`).
 * @param {any} pola
 * @returns {import('estree').Identifier[]}
 */
function namaTerikat(pola) {
  if (!pola) return [];
  switch (pola.type) {
    case 'Identifier':
      return [pola];
    case 'ObjectPattern':
      return pola.properties.flatMap((/** @type {any} */ properti) =>
        namaTerikat(properti.type === 'RestElement' ? properti.argument : properti.value),
      );
    case 'ArrayPattern':
      return pola.elements.flatMap(namaTerikat);
    case 'RestElement':
      return namaTerikat(pola.argument);
    case 'AssignmentPattern':
      return namaTerikat(pola.left);
    case 'TSParameterProperty':
      return namaTerikat(pola.parameter);
    default:
      return [];
  }
}

/** @param {string} nama */
const satuHuruf = (nama) => [...nama].length === 1 && nama !== '_';

/** @type {RuleModule} */
export const namaBermakna = {
  meta: {
    type: 'suggestion',
    docs: { description: 'Nama satu huruf hanya boleh di lambda kecil (no single-letter names outside tiny lambdas)' },
    schema: [],
    messages: {
      satuHuruf:
        "Nama satu huruf '{{nama}}': beri nama yang menyebut isinya (baris, kolom, nilai, indikator…); " +
        'hanya parameter lambda kecil, fungsi panah yang badannya satu ekspresi, boleh satu huruf. ' +
        "(Single-letter name '{{nama}}': name what it holds; only a tiny lambda's parameters, an arrow " +
        'function whose body is an expression, may be one letter.)',
    },
  },
  create(konteks) {
    /** @param {any} pola */
    const periksa = (pola) => {
      for (const pengenal of namaTerikat(pola))
        if (satuHuruf(pengenal.name))
          konteks.report({ node: pengenal, messageId: 'satuHuruf', data: { nama: pengenal.name } });
    };
    /** @param {any} fungsi */
    const periksaFungsi = (fungsi) => {
      periksa(fungsi.id);
      const lambdaKecil = fungsi.type === 'ArrowFunctionExpression' && fungsi.body.type !== 'BlockStatement';
      if (!lambdaKecil) for (const parameter of fungsi.params) periksa(parameter);
    };
    return {
      VariableDeclarator: (deklarator) => periksa(deklarator.id),
      FunctionDeclaration: periksaFungsi,
      FunctionExpression: periksaFungsi,
      ArrowFunctionExpression: periksaFungsi,
      // TypeScript's bodiless functions: overload signatures, `declare function`, abstract methods.
      TSDeclareFunction: periksaFungsi,
      TSEmptyBodyFunctionExpression: periksaFungsi,
      CatchClause: (tangkap) => periksa(tangkap.param),
      ClassDeclaration: (kelas) => periksa(kelas.id),
      ClassExpression: (kelas) => periksa(kelas.id),
    };
  },
};

/** The project's own lint rules, as an ESLint plugin (registered in eslint.config.mjs as `kinerja`). */
export default { meta: { name: 'kinerja' }, rules: { 'nama-bermakna': namaBermakna } };
