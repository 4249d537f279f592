// Microsoft's Prettier settings for Office add-ins (office-addin-prettier-config), with the single
// quotes the code has always used. `npm run lint` checks every source file against it.
module.exports = { ...require('office-addin-prettier-config'), singleQuote: true };
