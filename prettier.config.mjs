// The house format: 120 columns (the anchors' width), Tailwind classes in the framework's order.
const config = {
  printWidth: 120,
  plugins: ["prettier-plugin-tailwindcss"],
  tailwindStylesheet: "./app/globals.css",
};

export default config;
