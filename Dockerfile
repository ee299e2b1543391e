# The handbook in a container: build the site with Node, serve dist/ with nginx on port 8080.
#   docker build --build-arg SITE_URL=https://handbook.example-city.eu -t inclusion-handbook .
#   docker run --rm -p 8080:8080 inclusion-handbook
# The nginx rules are deploy/nginx/handbook.conf, the file `npm test` checks with Debian's nginx.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# The published origin (printed page addresses, canonical links, sitemap); empty builds without one.
ARG SITE_URL=""
ENV SITE_URL=${SITE_URL}
RUN npm run build

FROM nginx:1.27-alpine
COPY deploy/nginx/docker.conf /etc/nginx/conf.d/default.conf
COPY deploy/nginx/handbook.conf /etc/nginx/handbook/handbook.conf
COPY --from=build /app/deploy/nginx/security-headers.conf /etc/nginx/handbook/security-headers.conf
COPY --from=build /app/dist/ /usr/share/nginx/html/
EXPOSE 8080
